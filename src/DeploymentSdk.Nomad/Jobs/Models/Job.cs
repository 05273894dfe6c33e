using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A Nomad job: the specification a user submits plus the status fields the server fills in.</summary>
/// <remarks>Every field is optional so that a job can say "not set" and let the server apply its default. A job read from the server and registered again keeps fields this model does not know (see <see cref="ApiModel.AdditionalProperties"/>).</remarks>
public sealed class Job : ApiModel
{
    /// <summary>The region the job runs in; the server uses <c>global</c> when not set.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? Region { get; set; }

    /// <summary>The namespace of the job; the server uses <c>default</c> when not set.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? Namespace { get; set; }

    /// <summary>The unique ID of the job within its namespace. IDs of dispatched and periodic children contain <c>/</c>.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The display name of the job; defaults to the ID.</summary>
    public string? Name { get; set; }

    /// <summary>The scheduler type: service, batch, system or sysbatch; the server uses service when not set.</summary>
    public JobType? Type { get; set; }

    /// <summary>The scheduling priority (1–100; the server default is 50).</summary>
    public int? Priority { get; set; }

    /// <summary>Whether the scheduler must place all allocations at once or none (gang scheduling).</summary>
    public bool? AllAtOnce { get; set; }

    /// <summary>The datacenters the job may run in (wildcards allowed); the server default is every datacenter.</summary>
    public IList<string>? Datacenters { get; set; }

    /// <summary>The node pool the job runs in.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? NodePool { get; set; }

    /// <summary>Placement constraints that apply to every task group.</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Placement preferences that apply to every task group.</summary>
    public IList<Affinity>? Affinities { get; set; }

    /// <summary>The task groups of the job.</summary>
    public IList<TaskGroup>? TaskGroups { get; set; }

    /// <summary>The default rolling-update strategy for the task groups.</summary>
    public UpdateStrategy? Update { get; set; }

    /// <summary>How the job is deployed across federated regions (Enterprise).</summary>
    public Multiregion? Multiregion { get; set; }

    /// <summary>How allocations are spread across node attributes.</summary>
    public IList<Spread>? Spreads { get; set; }

    /// <summary>Makes the job a periodic (cron) job.</summary>
    public PeriodicConfig? Periodic { get; set; }

    /// <summary>Makes the job a parameterized job that is started by dispatch.</summary>
    public ParameterizedJobConfig? ParameterizedJob { get; set; }

    /// <summary>The default reschedule policy for the task groups.</summary>
    public ReschedulePolicy? Reschedule { get; set; }

    /// <summary>The default migrate strategy for the task groups (node drains).</summary>
    public MigrateStrategy? Migrate { get; set; }

    /// <summary>User metadata, interpolated into tasks as <c>NOMAD_META_*</c>.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>Description and links that the Nomad web UI shows for the job.</summary>
    [JsonPropertyName("UI")]
    public JobUIConfig? UI { get; set; }

    /// <summary>Whether the job is stopped (set by the server on deregister).</summary>
    public bool? Stop { get; set; }

    /// <summary>For a dispatched or periodic child, the ID of the parent job.</summary>
    [JsonPropertyName("ParentID")]
    public string? ParentId { get; set; }

    /// <summary>Whether the job is a dispatched instance of a parameterized job.</summary>
    public bool? Dispatched { get; set; }

    /// <summary>The idempotency token the dispatch that created this job used.</summary>
    public string? DispatchIdempotencyToken { get; set; }

    /// <summary>The dispatch payload of a dispatched job (base64 on the wire).</summary>
    public byte[]? Payload { get; set; }

    /// <summary>The Consul namespace the job's services and checks use (Enterprise).</summary>
    public string? ConsulNamespace { get; set; }

    /// <summary>The Vault namespace the job's tasks use (Enterprise).</summary>
    public string? VaultNamespace { get; set; }

    /// <summary>The accessor ID of the ACL token that submitted the job.</summary>
    [JsonPropertyName("NomadTokenID")]
    public string? NomadTokenId { get; set; }

    /// <summary>The job status: pending, running or dead.</summary>
    public JobStatus? Status { get; set; }

    /// <summary>A human-readable explanation of the status.</summary>
    public string? StatusDescription { get; set; }

    /// <summary>Whether this version of the job is marked stable (a rollback target).</summary>
    public bool? Stable { get; set; }

    /// <summary>The version of the job, incremented by every change of the specification.</summary>
    public ulong? Version { get; set; }

    /// <summary>When this version was submitted, in nanoseconds since the unix epoch (kept as an integer so it round-trips exactly).</summary>
    public long? SubmitTime { get; set; }

    /// <summary>The Raft index at which the job was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index of the last change to the job object (status included).</summary>
    public ulong? ModifyIndex { get; set; }

    /// <summary>The Raft index of the last change to the job specification; the value to pass for check-and-set registration.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>The tag on this job version, if any.</summary>
    public JobVersionTag? VersionTag { get; set; }
}
