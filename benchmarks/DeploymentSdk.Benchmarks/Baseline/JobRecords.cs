namespace DeploymentSdk.Benchmarks.Baseline;

// Minimal hand-written records for the job payload (see AllocationRecords.cs for the conventions). A field that the
// generated job always writes as null is typed object? so both serializers read it without a model behind it.

public sealed record JobRecord
{
    public string? Region { get; set; }
    public string? Namespace { get; set; }
    public string? ID { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public int Priority { get; set; }
    public bool AllAtOnce { get; set; }
    public List<string>? Datacenters { get; set; }
    public string? NodePool { get; set; }
    public List<ConstraintRecord>? Constraints { get; set; }
    public List<AffinityRecord>? Affinities { get; set; }
    public List<TaskGroupRecord>? TaskGroups { get; set; }
    public UpdateRecord? Update { get; set; }
    public object? Multiregion { get; set; }
    public object? Spreads { get; set; }
    public object? Periodic { get; set; }
    public object? ParameterizedJob { get; set; }
    public object? Reschedule { get; set; }
    public object? Migrate { get; set; }
    public Dictionary<string, string>? Meta { get; set; }
    public object? UI { get; set; }
    public bool Stop { get; set; }
    public string? ParentID { get; set; }
    public bool Dispatched { get; set; }
    public string? DispatchIdempotencyToken { get; set; }
    public byte[]? Payload { get; set; }
    public string? ConsulNamespace { get; set; }
    public string? VaultNamespace { get; set; }
    public string? NomadTokenID { get; set; }
    public string? Status { get; set; }
    public string? StatusDescription { get; set; }
    public bool Stable { get; set; }
    public ulong Version { get; set; }
    public long SubmitTime { get; set; }
    public ulong CreateIndex { get; set; }
    public ulong ModifyIndex { get; set; }
    public ulong JobModifyIndex { get; set; }
    public object? VersionTag { get; set; }
}

public sealed record ConstraintRecord
{
    public string? LTarget { get; set; }
    public string? RTarget { get; set; }
    public string? Operand { get; set; }
}

public sealed record AffinityRecord
{
    public string? LTarget { get; set; }
    public string? RTarget { get; set; }
    public string? Operand { get; set; }
    public int Weight { get; set; }
}

public sealed record UpdateRecord
{
    public long Stagger { get; set; }
    public int MaxParallel { get; set; }
    public string? HealthCheck { get; set; }
    public long MinHealthyTime { get; set; }
    public long HealthyDeadline { get; set; }
    public long ProgressDeadline { get; set; }
    public int Canary { get; set; }
    public bool AutoRevert { get; set; }
    public bool AutoPromote { get; set; }
}

public sealed record TaskGroupRecord
{
    public string? Name { get; set; }
    public int Count { get; set; }
    public List<ConstraintRecord>? Constraints { get; set; }
    public List<AffinityRecord>? Affinities { get; set; }
    public List<TaskRecord>? Tasks { get; set; }
    public object? Spreads { get; set; }
    public object? Volumes { get; set; }
    public RestartPolicyRecord? RestartPolicy { get; set; }
    public DisconnectRecord? Disconnect { get; set; }
    public ReschedulePolicyRecord? ReschedulePolicy { get; set; }
    public EphemeralDiskRecord? EphemeralDisk { get; set; }
    public UpdateRecord? Update { get; set; }
    public MigrateRecord? Migrate { get; set; }
    public List<NetworkRecord>? Networks { get; set; }
    public Dictionary<string, string>? Meta { get; set; }
    public List<ServiceRecord>? Services { get; set; }
    public long? ShutdownDelay { get; set; }
    public long? StopAfterClientDisconnect { get; set; }
    public long? MaxClientDisconnect { get; set; }
    public object? Scaling { get; set; }
    public ConsulRecord? Consul { get; set; }
    public bool PreventRescheduleOnLost { get; set; }
}

public sealed record RestartPolicyRecord
{
    public long Interval { get; set; }
    public int Attempts { get; set; }
    public long Delay { get; set; }
    public string? Mode { get; set; }
    public bool RenderTemplates { get; set; }
}

public sealed record DisconnectRecord
{
    public long? LostAfter { get; set; }
    public long? StopOnClientAfter { get; set; }
    public bool Replace { get; set; }
    public string? Reconcile { get; set; }
}

public sealed record ReschedulePolicyRecord
{
    public int Attempts { get; set; }
    public long Interval { get; set; }
    public long Delay { get; set; }
    public string? DelayFunction { get; set; }
    public long MaxDelay { get; set; }
    public bool Unlimited { get; set; }
}

public sealed record EphemeralDiskRecord
{
    public bool Sticky { get; set; }
    public bool Migrate { get; set; }
    public int SizeMB { get; set; }
}

public sealed record MigrateRecord
{
    public int MaxParallel { get; set; }
    public string? HealthCheck { get; set; }
    public long MinHealthyTime { get; set; }
    public long HealthyDeadline { get; set; }
}

public sealed record NetworkRecord
{
    public string? Mode { get; set; }
    public string? Device { get; set; }
    public string? CIDR { get; set; }
    public string? IP { get; set; }
    public object? DNS { get; set; }
    public List<PortRecord>? ReservedPorts { get; set; }
    public List<PortRecord>? DynamicPorts { get; set; }
    public string? Hostname { get; set; }
    public int MBits { get; set; }
    public object? CNI { get; set; }
}

public sealed record PortRecord
{
    public string? Label { get; set; }
    public int Value { get; set; }
    public int To { get; set; }
    public string? HostNetwork { get; set; }
    public bool IgnoreCollision { get; set; }
}

public sealed record ServiceRecord
{
    public string? Name { get; set; }
    public List<string>? Tags { get; set; }
    public List<string>? CanaryTags { get; set; }
    public bool EnableTagOverride { get; set; }
    public string? PortLabel { get; set; }
    public string? AddressMode { get; set; }
    public string? Address { get; set; }
    public List<CheckRecord>? Checks { get; set; }
    public CheckRestartRecord? CheckRestart { get; set; }
    public object? Connect { get; set; }
    public Dictionary<string, string>? Meta { get; set; }
    public Dictionary<string, string>? CanaryMeta { get; set; }
    public Dictionary<string, string>? TaggedAddresses { get; set; }
    public string? TaskName { get; set; }
    public string? OnUpdate { get; set; }
    public IdentityRecord? Identity { get; set; }
    public object? Weights { get; set; }
    public string? Provider { get; set; }
    public string? Cluster { get; set; }
    public string? Kind { get; set; }
}

public sealed record CheckRecord
{
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Command { get; set; }
    public List<string>? Args { get; set; }
    public string? Path { get; set; }
    public string? Protocol { get; set; }
    public string? PortLabel { get; set; }
    public bool Expose { get; set; }
    public string? AddressMode { get; set; }
    public string? Advertise { get; set; }
    public long Interval { get; set; }
    public long Timeout { get; set; }
    public string? InitialStatus { get; set; }
    public string? Notes { get; set; }
    public string? TLSServerName { get; set; }
    public bool TLSSkipVerify { get; set; }
    public Dictionary<string, List<string>>? Header { get; set; }
    public string? Method { get; set; }
    public CheckRestartRecord? CheckRestart { get; set; }
    public string? GRPCService { get; set; }
    public bool GRPCUseTLS { get; set; }
    public string? TaskName { get; set; }
    public int SuccessBeforePassing { get; set; }
    public int FailuresBeforeCritical { get; set; }
    public int FailuresBeforeWarning { get; set; }
    public string? Body { get; set; }
    public string? OnUpdate { get; set; }
}

public sealed record CheckRestartRecord
{
    public int Limit { get; set; }
    public long Grace { get; set; }
    public bool IgnoreWarnings { get; set; }
}

public sealed record ConsulRecord
{
    public string? Namespace { get; set; }
    public string? Cluster { get; set; }
    public string? Partition { get; set; }
}

public sealed record TaskRecord
{
    public string? Name { get; set; }
    public string? Driver { get; set; }
    public string? User { get; set; }
    public LifecycleRecord? Lifecycle { get; set; }
    public Dictionary<string, object>? Config { get; set; }
    public List<ConstraintRecord>? Constraints { get; set; }
    public List<AffinityRecord>? Affinities { get; set; }
    public Dictionary<string, string>? Env { get; set; }
    public List<ServiceRecord>? Services { get; set; }
    public ResourcesRecord? Resources { get; set; }
    public RestartPolicyRecord? RestartPolicy { get; set; }
    public Dictionary<string, string>? Meta { get; set; }
    public long KillTimeout { get; set; }
    public LogConfigRecord? LogConfig { get; set; }
    public List<ArtifactRecord>? Artifacts { get; set; }
    public object? Vault { get; set; }
    public ConsulRecord? Consul { get; set; }
    public List<TemplateRecord>? Templates { get; set; }
    public object? DispatchPayload { get; set; }
    public object? VolumeMounts { get; set; }
    public object? CSIPluginConfig { get; set; }
    public bool Leader { get; set; }
    public long ShutdownDelay { get; set; }
    public string? KillSignal { get; set; }
    public string? Kind { get; set; }
    public object? ScalingPolicies { get; set; }
    public IdentityRecord? Identity { get; set; }
    public List<IdentityRecord>? Identities { get; set; }
    public object? Actions { get; set; }
    public object? Schedule { get; set; }
}

public sealed record LifecycleRecord
{
    public string? Hook { get; set; }
    public bool Sidecar { get; set; }
}

public sealed record ResourcesRecord
{
    public int CPU { get; set; }
    public int Cores { get; set; }
    public int MemoryMB { get; set; }
    public int MemoryMaxMB { get; set; }
    public int DiskMB { get; set; }
    public int IOPS { get; set; }
    public List<NetworkRecord>? Networks { get; set; }
    public object? Devices { get; set; }
    public object? NUMA { get; set; }
}

public sealed record LogConfigRecord
{
    public int MaxFiles { get; set; }
    public int MaxFileSizeMB { get; set; }
    public bool Disabled { get; set; }
}

public sealed record ArtifactRecord
{
    public string? GetterSource { get; set; }
    public Dictionary<string, string>? GetterOptions { get; set; }
    public Dictionary<string, string>? GetterHeaders { get; set; }
    public string? GetterMode { get; set; }
    public bool GetterInsecure { get; set; }
    public string? RelativeDest { get; set; }
    public bool Chown { get; set; }
}

public sealed record TemplateRecord
{
    public string? SourcePath { get; set; }
    public string? DestPath { get; set; }
    public string? EmbeddedTmpl { get; set; }
    public string? ChangeMode { get; set; }
    public object? ChangeScript { get; set; }
    public string? ChangeSignal { get; set; }
    public bool Once { get; set; }
    public long Splay { get; set; }
    public string? Perms { get; set; }
    public int? Uid { get; set; }
    public int? Gid { get; set; }
    public string? LeftDelim { get; set; }
    public string? RightDelim { get; set; }
    public bool Envvars { get; set; }
    public long VaultGrace { get; set; }
    public WaitRecord? Wait { get; set; }
    public bool ErrMissingKey { get; set; }
}

public sealed record WaitRecord
{
    public long Min { get; set; }
    public long Max { get; set; }
}

public sealed record IdentityRecord
{
    public string? Name { get; set; }
    public List<string>? Audience { get; set; }
    public string? ChangeMode { get; set; }
    public string? ChangeSignal { get; set; }
    public bool Env { get; set; }
    public bool File { get; set; }
    public string? Filepath { get; set; }
    public string? ServiceName { get; set; }
    public long TTL { get; set; }
    public List<string>? ExtraClaims { get; set; }
}
