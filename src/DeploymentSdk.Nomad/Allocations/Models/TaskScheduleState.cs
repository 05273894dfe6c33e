using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>Where a task stands against its time-based schedule (<c>TaskState.Paused</c>; Nomad Enterprise).</summary>
/// <remarks>The empty value means the task runs normally. Open: a value a newer Nomad adds still reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<TaskScheduleState>))]
public readonly record struct TaskScheduleState(string Value) : IExtensibleEnum<TaskScheduleState>
{
    /// <summary>The task runs as scheduled (the empty string).</summary>
    public static TaskScheduleState Run { get; } = new("");

    /// <summary>An operator forced the task to run outside its schedule.</summary>
    public static TaskScheduleState ForceRun { get; } = new("force_run");

    /// <summary>The task is paused by its schedule.</summary>
    public static TaskScheduleState ScheduledPause { get; } = new("scheduled_pause");

    /// <summary>An operator forced the task to pause.</summary>
    public static TaskScheduleState ForcePause { get; } = new("force_pause");

    /// <summary>Transitory: the task goes back to following its schedule.</summary>
    public static TaskScheduleState ScheduleResume { get; } = new("schedule_resume");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static TaskScheduleState IExtensibleEnum<TaskScheduleState>.FromValue(string value) => new(value);
}
