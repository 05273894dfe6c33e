using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>Why an evaluation was created (<c>Evaluation.TriggeredBy</c>).</summary>
/// <remarks>Open: a value a newer Nomad adds still reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<EvaluationTrigger>))]
public readonly record struct EvaluationTrigger(string Value) : IExtensibleEnum<EvaluationTrigger>
{
    /// <summary>A job was registered or updated.</summary>
    public static EvaluationTrigger JobRegister { get; } = new("job-register");

    /// <summary>A job was stopped or purged.</summary>
    public static EvaluationTrigger JobDeregister { get; } = new("job-deregister");

    /// <summary>A periodic job launched a child job.</summary>
    public static EvaluationTrigger PeriodicJob { get; } = new("periodic-job");

    /// <summary>A node is draining.</summary>
    public static EvaluationTrigger NodeDrain { get; } = new("node-drain");

    /// <summary>A node changed status or eligibility.</summary>
    public static EvaluationTrigger NodeUpdate { get; } = new("node-update");

    /// <summary>An allocation was stopped through the API.</summary>
    public static EvaluationTrigger AllocStop { get; } = new("alloc-stop");

    /// <summary>A scheduled re-evaluation.</summary>
    public static EvaluationTrigger Scheduled { get; } = new("scheduled");

    /// <summary>The next step of a rolling update.</summary>
    public static EvaluationTrigger RollingUpdate { get; } = new("rolling-update");

    /// <summary>The deployment watcher (promotion, health, pause, failure).</summary>
    public static EvaluationTrigger DeploymentWatcher { get; } = new("deployment-watcher");

    /// <summary>A follow-up of a failed evaluation.</summary>
    public static EvaluationTrigger FailedFollowUp { get; } = new("failed-follow-up");

    /// <summary>The scheduler gave up after too many plan attempts.</summary>
    public static EvaluationTrigger MaxPlanAttempts { get; } = new("max-plan-attempts");

    /// <summary>An allocation failed and is rescheduled.</summary>
    public static EvaluationTrigger AllocFailure { get; } = new("alloc-failure");

    /// <summary>Allocations were queued for lack of capacity.</summary>
    public static EvaluationTrigger QueuedAllocs { get; } = new("queued-allocs");

    /// <summary>Allocations were preempted.</summary>
    public static EvaluationTrigger Preemption { get; } = new("preemption");

    /// <summary>A task group was scaled.</summary>
    public static EvaluationTrigger JobScaling { get; } = new("job-scaling");

    /// <summary>A disconnected client exceeded its disconnect timeout.</summary>
    public static EvaluationTrigger MaxDisconnectTimeout { get; } = new("max-disconnect-timeout");

    /// <summary>A disconnected client reconnected.</summary>
    public static EvaluationTrigger Reconnect { get; } = new("reconnect");

    /// <summary>An allocation is rescheduled after a delay.</summary>
    public static EvaluationTrigger AllocReschedule { get; } = new("alloc-reschedule");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static EvaluationTrigger IExtensibleEnum<EvaluationTrigger>.FromValue(string value) => new(value);
}
