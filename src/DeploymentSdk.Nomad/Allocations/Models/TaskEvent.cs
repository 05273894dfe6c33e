using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>An event in the life of a task, with details that depend on its <see cref="Type"/>.</summary>
public sealed class TaskEvent : ApiModel
{
    /// <summary>What happened.</summary>
    public TaskEventType? Type { get; set; }

    /// <summary>When it happened (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? Time { get; set; }

    /// <summary>A message explaining the event (for example, why the task terminated).</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? Message { get; set; }

    /// <summary>A human-friendly description of the event.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? DisplayMessage { get; set; }

    /// <summary>Annotations of the event by key (<c>exit_code</c>, <c>kill_reason</c>, <c>restart_reason</c>, …); where the deprecated fields below are also kept.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? Details { get; set; }

    /// <summary>Whether the event fails the task. Deprecated: <c>Details["fails_task"]</c>.</summary>
    public bool? FailsTask { get; set; }

    /// <summary>Why the task restarts. Deprecated: <c>Details["restart_reason"]</c>.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? RestartReason { get; set; }

    /// <summary>The setup error. Deprecated: <c>Details["setup_error"]</c>.</summary>
    public string? SetupError { get; set; }

    /// <summary>The error the driver returned when starting the task. Deprecated: <c>Details["driver_error"]</c>.</summary>
    public string? DriverError { get; set; }

    /// <summary>The task's exit code. Deprecated: <c>Details["exit_code"]</c>.</summary>
    public int? ExitCode { get; set; }

    /// <summary>The signal that terminated the task. Deprecated: <c>Details["signal"]</c>.</summary>
    public int? Signal { get; set; }

    /// <summary>How long the task was given to exit after the kill signal. Deprecated: <c>Details["kill_timeout"]</c>.</summary>
    public TimeSpan? KillTimeout { get; set; }

    /// <summary>The error killing the task. Deprecated: <c>Details["kill_error"]</c>.</summary>
    public string? KillError { get; set; }

    /// <summary>Why the task was killed. Deprecated: <c>Details["kill_reason"]</c>.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? KillReason { get; set; }

    /// <summary>How long the client waits before restarting the task. Deprecated: <c>Details["start_delay"]</c>.</summary>
    public TimeSpan? StartDelay { get; set; }

    /// <summary>The error downloading an artifact. Deprecated: <c>Details["download_error"]</c>.</summary>
    public string? DownloadError { get; set; }

    /// <summary>The validation error. Deprecated: <c>Details["validation_error"]</c>.</summary>
    public string? ValidationError { get; set; }

    /// <summary>The task group's disk limit in megabytes. Deprecated: <c>Details["disk_limit"]</c>.</summary>
    public long? DiskLimit { get; set; }

    /// <summary>The disk used, in megabytes, when the disk limit was exceeded (sent by older Nomad versions).</summary>
    public long? DiskSize { get; set; }

    /// <summary>The name of the sibling task whose failure stopped this one. Deprecated: <c>Details["failed_sibling"]</c>.</summary>
    public string? FailedSibling { get; set; }

    /// <summary>The error renewing the Vault token. Deprecated: <c>Details["vault_renewal_error"]</c>.</summary>
    public string? VaultError { get; set; }

    /// <summary>Why the task was signalled. Deprecated: <c>Details["task_signal_reason"]</c>.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? TaskSignalReason { get; set; }

    /// <summary>The signal sent to the task. Deprecated: <c>Details["task_signal"]</c>.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? TaskSignal { get; set; }

    /// <summary>What the driver is doing (for example, downloading an image). Deprecated: <c>Details["driver_message"]</c>.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? DriverMessage { get; set; }

    /// <summary>The source of a generic message. Deprecated: redundant with the event type.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? GenericSource { get; set; }
}
