namespace DeploymentSdk.Benchmarks.Baseline;

// Minimal hand-written records for the allocation list payload: property names as on the wire (so neither serializer
// needs attributes), plain types (durations and unix-nanosecond times as long, RFC 3339 times as DateTimeOffset,
// status strings as string), no unknown-field bag. Settable properties: init-only ones would send System.Text.Json's
// source generator down its constructor path, which buffers (and boxes) every value before building the object. The same records serve both baselines: the floor reads them with a
// source-generated System.Text.Json context, the OpenAPI-style baseline with Newtonsoft.Json by reflection.

public sealed record AllocStubRecord
{
    public string? ID { get; set; }
    public string? EvalID { get; set; }
    public string? Name { get; set; }
    public string? Namespace { get; set; }
    public string? NodeID { get; set; }
    public string? NodeName { get; set; }
    public string? JobID { get; set; }
    public string? JobType { get; set; }
    public ulong JobVersion { get; set; }
    public string? TaskGroup { get; set; }
    public object? AllocatedResources { get; set; }
    public string? DesiredStatus { get; set; }
    public string? DesiredDescription { get; set; }
    public string? ClientStatus { get; set; }
    public string? ClientDescription { get; set; }
    public DesiredTransitionRecord? DesiredTransition { get; set; }
    public Dictionary<string, TaskStateRecord>? TaskStates { get; set; }
    public AllocDeploymentStatusRecord? DeploymentStatus { get; set; }
    public string? FollowupEvalID { get; set; }
    public string? NextAllocation { get; set; }
    public object? RescheduleTracker { get; set; }
    public List<string>? PreemptedAllocations { get; set; }
    public string? PreemptedByAllocation { get; set; }
    public ulong CreateIndex { get; set; }
    public ulong ModifyIndex { get; set; }
    public long CreateTime { get; set; }
    public long ModifyTime { get; set; }
}

public sealed record DesiredTransitionRecord
{
    public bool? Migrate { get; set; }
    public bool? Reschedule { get; set; }
    public bool? ForceReschedule { get; set; }
    public bool? NoShutdownDelay { get; set; }
    public bool? MigrateDisablePlacement { get; set; }
}

public sealed record AllocDeploymentStatusRecord
{
    public bool? Healthy { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public bool Canary { get; set; }
    public ulong ModifyIndex { get; set; }
}

public sealed record TaskStateRecord
{
    public string? State { get; set; }
    public bool Failed { get; set; }
    public ulong Restarts { get; set; }
    public DateTimeOffset LastRestart { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public List<TaskEventRecord>? Events { get; set; }
}

public sealed record TaskEventRecord
{
    public string? Type { get; set; }
    public long Time { get; set; }
    public string? Message { get; set; }
    public string? DisplayMessage { get; set; }
    public Dictionary<string, string>? Details { get; set; }
    public bool FailsTask { get; set; }
    public string? RestartReason { get; set; }
    public string? SetupError { get; set; }
    public string? DriverError { get; set; }
    public int ExitCode { get; set; }
    public int Signal { get; set; }
    public long KillTimeout { get; set; }
    public string? KillError { get; set; }
    public string? KillReason { get; set; }
    public long StartDelay { get; set; }
    public string? DownloadError { get; set; }
    public string? ValidationError { get; set; }
    public long DiskLimit { get; set; }
    public string? FailedSibling { get; set; }
    public string? VaultError { get; set; }
    public string? TaskSignalReason { get; set; }
    public string? TaskSignal { get; set; }
    public string? DriverMessage { get; set; }
    public string? GenericSource { get; set; }
}
