namespace DeploymentSdk.Benchmarks.Baseline;

// Minimal hand-written records for the job payload (see AllocationRecords.cs for the conventions). A field that the
// generated job always writes as null is typed object? so both serializers read it without a model behind it.

public sealed record JobRecord
{
    public string? Region { get; init; }
    public string? Namespace { get; init; }
    public string? ID { get; init; }
    public string? Name { get; init; }
    public string? Type { get; init; }
    public int Priority { get; init; }
    public bool AllAtOnce { get; init; }
    public List<string>? Datacenters { get; init; }
    public string? NodePool { get; init; }
    public List<ConstraintRecord>? Constraints { get; init; }
    public List<AffinityRecord>? Affinities { get; init; }
    public List<TaskGroupRecord>? TaskGroups { get; init; }
    public UpdateRecord? Update { get; init; }
    public object? Multiregion { get; init; }
    public object? Spreads { get; init; }
    public object? Periodic { get; init; }
    public object? ParameterizedJob { get; init; }
    public object? Reschedule { get; init; }
    public object? Migrate { get; init; }
    public Dictionary<string, string>? Meta { get; init; }
    public object? UI { get; init; }
    public bool Stop { get; init; }
    public string? ParentID { get; init; }
    public bool Dispatched { get; init; }
    public string? DispatchIdempotencyToken { get; init; }
    public byte[]? Payload { get; init; }
    public string? ConsulNamespace { get; init; }
    public string? VaultNamespace { get; init; }
    public string? NomadTokenID { get; init; }
    public string? Status { get; init; }
    public string? StatusDescription { get; init; }
    public bool Stable { get; init; }
    public ulong Version { get; init; }
    public long SubmitTime { get; init; }
    public ulong CreateIndex { get; init; }
    public ulong ModifyIndex { get; init; }
    public ulong JobModifyIndex { get; init; }
    public object? VersionTag { get; init; }
}

public sealed record ConstraintRecord
{
    public string? LTarget { get; init; }
    public string? RTarget { get; init; }
    public string? Operand { get; init; }
}

public sealed record AffinityRecord
{
    public string? LTarget { get; init; }
    public string? RTarget { get; init; }
    public string? Operand { get; init; }
    public int Weight { get; init; }
}

public sealed record UpdateRecord
{
    public long Stagger { get; init; }
    public int MaxParallel { get; init; }
    public string? HealthCheck { get; init; }
    public long MinHealthyTime { get; init; }
    public long HealthyDeadline { get; init; }
    public long ProgressDeadline { get; init; }
    public int Canary { get; init; }
    public bool AutoRevert { get; init; }
    public bool AutoPromote { get; init; }
}

public sealed record TaskGroupRecord
{
    public string? Name { get; init; }
    public int Count { get; init; }
    public List<ConstraintRecord>? Constraints { get; init; }
    public List<AffinityRecord>? Affinities { get; init; }
    public List<TaskRecord>? Tasks { get; init; }
    public object? Spreads { get; init; }
    public object? Volumes { get; init; }
    public RestartPolicyRecord? RestartPolicy { get; init; }
    public DisconnectRecord? Disconnect { get; init; }
    public ReschedulePolicyRecord? ReschedulePolicy { get; init; }
    public EphemeralDiskRecord? EphemeralDisk { get; init; }
    public UpdateRecord? Update { get; init; }
    public MigrateRecord? Migrate { get; init; }
    public List<NetworkRecord>? Networks { get; init; }
    public Dictionary<string, string>? Meta { get; init; }
    public List<ServiceRecord>? Services { get; init; }
    public long? ShutdownDelay { get; init; }
    public long? StopAfterClientDisconnect { get; init; }
    public long? MaxClientDisconnect { get; init; }
    public object? Scaling { get; init; }
    public ConsulRecord? Consul { get; init; }
    public bool PreventRescheduleOnLost { get; init; }
}

public sealed record RestartPolicyRecord
{
    public long Interval { get; init; }
    public int Attempts { get; init; }
    public long Delay { get; init; }
    public string? Mode { get; init; }
    public bool RenderTemplates { get; init; }
}

public sealed record DisconnectRecord
{
    public long? LostAfter { get; init; }
    public long? StopOnClientAfter { get; init; }
    public bool Replace { get; init; }
    public string? Reconcile { get; init; }
}

public sealed record ReschedulePolicyRecord
{
    public int Attempts { get; init; }
    public long Interval { get; init; }
    public long Delay { get; init; }
    public string? DelayFunction { get; init; }
    public long MaxDelay { get; init; }
    public bool Unlimited { get; init; }
}

public sealed record EphemeralDiskRecord
{
    public bool Sticky { get; init; }
    public bool Migrate { get; init; }
    public int SizeMB { get; init; }
}

public sealed record MigrateRecord
{
    public int MaxParallel { get; init; }
    public string? HealthCheck { get; init; }
    public long MinHealthyTime { get; init; }
    public long HealthyDeadline { get; init; }
}

public sealed record NetworkRecord
{
    public string? Mode { get; init; }
    public string? Device { get; init; }
    public string? CIDR { get; init; }
    public string? IP { get; init; }
    public object? DNS { get; init; }
    public List<PortRecord>? ReservedPorts { get; init; }
    public List<PortRecord>? DynamicPorts { get; init; }
    public string? Hostname { get; init; }
    public int MBits { get; init; }
    public object? CNI { get; init; }
}

public sealed record PortRecord
{
    public string? Label { get; init; }
    public int Value { get; init; }
    public int To { get; init; }
    public string? HostNetwork { get; init; }
    public bool IgnoreCollision { get; init; }
}

public sealed record ServiceRecord
{
    public string? Name { get; init; }
    public List<string>? Tags { get; init; }
    public List<string>? CanaryTags { get; init; }
    public bool EnableTagOverride { get; init; }
    public string? PortLabel { get; init; }
    public string? AddressMode { get; init; }
    public string? Address { get; init; }
    public List<CheckRecord>? Checks { get; init; }
    public CheckRestartRecord? CheckRestart { get; init; }
    public object? Connect { get; init; }
    public Dictionary<string, string>? Meta { get; init; }
    public Dictionary<string, string>? CanaryMeta { get; init; }
    public Dictionary<string, string>? TaggedAddresses { get; init; }
    public string? TaskName { get; init; }
    public string? OnUpdate { get; init; }
    public IdentityRecord? Identity { get; init; }
    public object? Weights { get; init; }
    public string? Provider { get; init; }
    public string? Cluster { get; init; }
    public string? Kind { get; init; }
}

public sealed record CheckRecord
{
    public string? Name { get; init; }
    public string? Type { get; init; }
    public string? Command { get; init; }
    public List<string>? Args { get; init; }
    public string? Path { get; init; }
    public string? Protocol { get; init; }
    public string? PortLabel { get; init; }
    public bool Expose { get; init; }
    public string? AddressMode { get; init; }
    public string? Advertise { get; init; }
    public long Interval { get; init; }
    public long Timeout { get; init; }
    public string? InitialStatus { get; init; }
    public string? Notes { get; init; }
    public string? TLSServerName { get; init; }
    public bool TLSSkipVerify { get; init; }
    public Dictionary<string, List<string>>? Header { get; init; }
    public string? Method { get; init; }
    public CheckRestartRecord? CheckRestart { get; init; }
    public string? GRPCService { get; init; }
    public bool GRPCUseTLS { get; init; }
    public string? TaskName { get; init; }
    public int SuccessBeforePassing { get; init; }
    public int FailuresBeforeCritical { get; init; }
    public int FailuresBeforeWarning { get; init; }
    public string? Body { get; init; }
    public string? OnUpdate { get; init; }
}

public sealed record CheckRestartRecord
{
    public int Limit { get; init; }
    public long Grace { get; init; }
    public bool IgnoreWarnings { get; init; }
}

public sealed record ConsulRecord
{
    public string? Namespace { get; init; }
    public string? Cluster { get; init; }
    public string? Partition { get; init; }
}

public sealed record TaskRecord
{
    public string? Name { get; init; }
    public string? Driver { get; init; }
    public string? User { get; init; }
    public LifecycleRecord? Lifecycle { get; init; }
    public Dictionary<string, object>? Config { get; init; }
    public List<ConstraintRecord>? Constraints { get; init; }
    public List<AffinityRecord>? Affinities { get; init; }
    public Dictionary<string, string>? Env { get; init; }
    public List<ServiceRecord>? Services { get; init; }
    public ResourcesRecord? Resources { get; init; }
    public RestartPolicyRecord? RestartPolicy { get; init; }
    public Dictionary<string, string>? Meta { get; init; }
    public long KillTimeout { get; init; }
    public LogConfigRecord? LogConfig { get; init; }
    public List<ArtifactRecord>? Artifacts { get; init; }
    public object? Vault { get; init; }
    public ConsulRecord? Consul { get; init; }
    public List<TemplateRecord>? Templates { get; init; }
    public object? DispatchPayload { get; init; }
    public object? VolumeMounts { get; init; }
    public object? CSIPluginConfig { get; init; }
    public bool Leader { get; init; }
    public long ShutdownDelay { get; init; }
    public string? KillSignal { get; init; }
    public string? Kind { get; init; }
    public object? ScalingPolicies { get; init; }
    public IdentityRecord? Identity { get; init; }
    public List<IdentityRecord>? Identities { get; init; }
    public object? Actions { get; init; }
    public object? Schedule { get; init; }
}

public sealed record LifecycleRecord
{
    public string? Hook { get; init; }
    public bool Sidecar { get; init; }
}

public sealed record ResourcesRecord
{
    public int CPU { get; init; }
    public int Cores { get; init; }
    public int MemoryMB { get; init; }
    public int MemoryMaxMB { get; init; }
    public int DiskMB { get; init; }
    public int IOPS { get; init; }
    public List<NetworkRecord>? Networks { get; init; }
    public object? Devices { get; init; }
    public object? NUMA { get; init; }
}

public sealed record LogConfigRecord
{
    public int MaxFiles { get; init; }
    public int MaxFileSizeMB { get; init; }
    public bool Disabled { get; init; }
}

public sealed record ArtifactRecord
{
    public string? GetterSource { get; init; }
    public Dictionary<string, string>? GetterOptions { get; init; }
    public Dictionary<string, string>? GetterHeaders { get; init; }
    public string? GetterMode { get; init; }
    public bool GetterInsecure { get; init; }
    public string? RelativeDest { get; init; }
    public bool Chown { get; init; }
}

public sealed record TemplateRecord
{
    public string? SourcePath { get; init; }
    public string? DestPath { get; init; }
    public string? EmbeddedTmpl { get; init; }
    public string? ChangeMode { get; init; }
    public object? ChangeScript { get; init; }
    public string? ChangeSignal { get; init; }
    public bool Once { get; init; }
    public long Splay { get; init; }
    public string? Perms { get; init; }
    public int? Uid { get; init; }
    public int? Gid { get; init; }
    public string? LeftDelim { get; init; }
    public string? RightDelim { get; init; }
    public bool Envvars { get; init; }
    public long VaultGrace { get; init; }
    public WaitRecord? Wait { get; init; }
    public bool ErrMissingKey { get; init; }
}

public sealed record WaitRecord
{
    public long Min { get; init; }
    public long Max { get; init; }
}

public sealed record IdentityRecord
{
    public string? Name { get; init; }
    public List<string>? Audience { get; init; }
    public string? ChangeMode { get; init; }
    public string? ChangeSignal { get; init; }
    public bool Env { get; init; }
    public bool File { get; init; }
    public string? Filepath { get; init; }
    public string? ServiceName { get; init; }
    public long TTL { get; init; }
    public List<string>? ExtraClaims { get; init; }
}
