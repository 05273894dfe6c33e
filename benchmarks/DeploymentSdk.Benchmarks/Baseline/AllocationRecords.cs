namespace DeploymentSdk.Benchmarks.Baseline;

// Minimal hand-written records for the allocation list payload: property names as on the wire (so neither serializer
// needs attributes), plain types (durations and unix-nanosecond times as long, RFC 3339 times as DateTimeOffset,
// status strings as string), no unknown-field bag. The same records serve both baselines: the floor reads them with a
// source-generated System.Text.Json context, the OpenAPI-style baseline with Newtonsoft.Json by reflection.

public sealed record AllocStubRecord
{
    public string? ID { get; init; }
    public string? EvalID { get; init; }
    public string? Name { get; init; }
    public string? Namespace { get; init; }
    public string? NodeID { get; init; }
    public string? NodeName { get; init; }
    public string? JobID { get; init; }
    public string? JobType { get; init; }
    public ulong JobVersion { get; init; }
    public string? TaskGroup { get; init; }
    public object? AllocatedResources { get; init; }
    public string? DesiredStatus { get; init; }
    public string? DesiredDescription { get; init; }
    public string? ClientStatus { get; init; }
    public string? ClientDescription { get; init; }
    public DesiredTransitionRecord? DesiredTransition { get; init; }
    public Dictionary<string, TaskStateRecord>? TaskStates { get; init; }
    public AllocDeploymentStatusRecord? DeploymentStatus { get; init; }
    public string? FollowupEvalID { get; init; }
    public string? NextAllocation { get; init; }
    public object? RescheduleTracker { get; init; }
    public List<string>? PreemptedAllocations { get; init; }
    public string? PreemptedByAllocation { get; init; }
    public ulong CreateIndex { get; init; }
    public ulong ModifyIndex { get; init; }
    public long CreateTime { get; init; }
    public long ModifyTime { get; init; }
}

public sealed record DesiredTransitionRecord
{
    public bool? Migrate { get; init; }
    public bool? Reschedule { get; init; }
    public bool? ForceReschedule { get; init; }
    public bool? NoShutdownDelay { get; init; }
    public bool? MigrateDisablePlacement { get; init; }
}

public sealed record AllocDeploymentStatusRecord
{
    public bool? Healthy { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public bool Canary { get; init; }
    public ulong ModifyIndex { get; init; }
}

public sealed record TaskStateRecord
{
    public string? State { get; init; }
    public bool Failed { get; init; }
    public ulong Restarts { get; init; }
    public DateTimeOffset LastRestart { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset FinishedAt { get; init; }
    public List<TaskEventRecord>? Events { get; init; }
}

public sealed record TaskEventRecord
{
    public string? Type { get; init; }
    public long Time { get; init; }
    public string? Message { get; init; }
    public string? DisplayMessage { get; init; }
    public Dictionary<string, string>? Details { get; init; }
    public bool FailsTask { get; init; }
    public string? RestartReason { get; init; }
    public string? SetupError { get; init; }
    public string? DriverError { get; init; }
    public int ExitCode { get; init; }
    public int Signal { get; init; }
    public long KillTimeout { get; init; }
    public string? KillError { get; init; }
    public string? KillReason { get; init; }
    public long StartDelay { get; init; }
    public string? DownloadError { get; init; }
    public string? ValidationError { get; init; }
    public long DiskLimit { get; init; }
    public string? FailedSibling { get; init; }
    public string? VaultError { get; init; }
    public string? TaskSignalReason { get; init; }
    public string? TaskSignal { get; init; }
    public string? DriverMessage { get; init; }
    public string? GenericSource { get; init; }
}
