using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The type of a task event (<c>TaskEvent.Type</c>).</summary>
/// <remarks>Open: Nomad adds event types over time and task drivers and hooks may emit their own; any value reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<TaskEventType>))]
public readonly record struct TaskEventType(string Value) : IExtensibleEnum<TaskEventType>
{
    /// <summary>The task could not start because setting it up failed.</summary>
    public static TaskEventType SetupFailure { get; } = new("Setup Failure");

    /// <summary>The task could not start because the driver failed.</summary>
    public static TaskEventType DriverFailure { get; } = new("Driver Failure");

    /// <summary>The client pulled the task.</summary>
    public static TaskEventType Received { get; } = new("Received");

    /// <summary>The task was invalid and did not run.</summary>
    public static TaskEventType FailedValidation { get; } = new("Failed Validation");

    /// <summary>The task started, for the first time or after a restart.</summary>
    public static TaskEventType Started { get; } = new("Started");

    /// <summary>The task is stopped until the next start of its schedule (Nomad Enterprise).</summary>
    public static TaskEventType Pausing { get; } = new("Pausing");

    /// <summary>The task runs because of its schedule or an override (Nomad Enterprise).</summary>
    public static TaskEventType Running { get; } = new("Running");

    /// <summary>The task started and exited.</summary>
    public static TaskEventType Terminated { get; } = new("Terminated");

    /// <summary>The task was sent the kill signal.</summary>
    public static TaskEventType Killing { get; } = new("Killing");

    /// <summary>The task was killed.</summary>
    public static TaskEventType Killed { get; } = new("Killed");

    /// <summary>The task terminated and is being restarted.</summary>
    public static TaskEventType Restarting { get; } = new("Restarting");

    /// <summary>The task failed and is not restarted because it exhausted its restart policy.</summary>
    public static TaskEventType NotRestarting { get; } = new("Not Restarting");

    /// <summary>The task was told to restart.</summary>
    public static TaskEventType RestartSignaled { get; } = new("Restart Signaled");

    /// <summary>The task is being sent a signal.</summary>
    public static TaskEventType Signaling { get; } = new("Signaling");

    /// <summary>The task is downloading its artifacts.</summary>
    public static TaskEventType DownloadingArtifacts { get; } = new("Downloading Artifacts");

    /// <summary>Downloading an artifact failed.</summary>
    public static TaskEventType FailedArtifactDownload { get; } = new("Failed Artifact Download");

    /// <summary>The client is building the task directory.</summary>
    public static TaskEventType BuildingTaskDirectory { get; } = new("Building Task Directory");

    /// <summary>A message from setting up the task.</summary>
    public static TaskEventType TaskSetup { get; } = new("Task Setup");

    /// <summary>A task of the group exceeded the requested disk.</summary>
    public static TaskEventType DiskResourcesExceeded { get; } = new("Disk Resources Exceeded");

    /// <summary>Another task of the same group failed.</summary>
    public static TaskEventType SiblingTaskFailed { get; } = new("Sibling Task Failed");

    /// <summary>An informational message from the driver (for example, downloading an image).</summary>
    public static TaskEventType Driver { get; } = new("Driver");

    /// <summary>The group's leader task is dead.</summary>
    public static TaskEventType LeaderTaskDead { get; } = new("Leader Task Dead");

    /// <summary>The group's main tasks are dead.</summary>
    public static TaskEventType MainTasksDead { get; } = new("Main Tasks Dead");

    /// <summary>A task hook failed.</summary>
    public static TaskEventType TaskHookFailed { get; } = new("Task hook failed");

    /// <summary>A message from a task hook.</summary>
    public static TaskEventType TaskHookMessage { get; } = new("Task hook message");

    /// <summary>The client could not reattach to the task after a restart.</summary>
    public static TaskEventType FailedRestoringTask { get; } = new("Failed Restoring Task");

    /// <summary>A plugin managed by the task became unhealthy.</summary>
    public static TaskEventType PluginBecameUnhealthy { get; } = new("Plugin became unhealthy");

    /// <summary>A plugin managed by the task became healthy.</summary>
    public static TaskEventType PluginBecameHealthy { get; } = new("Plugin became healthy");

    /// <summary>The client running the task reconnected.</summary>
    public static TaskEventType Reconnected { get; } = new("Reconnected");

    /// <summary>The task waits for its shutdown delay before it is killed.</summary>
    public static TaskEventType WaitingForShutdownDelay { get; } = new("Waiting for shutdown delay");

    /// <summary>The task is stopped without its shutdown delay.</summary>
    public static TaskEventType SkippingShutdownDelay { get; } = new("Skipping shutdown delay");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static TaskEventType IExtensibleEnum<TaskEventType>.FromValue(string value) => new(value);
}
