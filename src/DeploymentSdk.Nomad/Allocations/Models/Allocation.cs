using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>An allocation: one placement of a job's task group on a node, with its tasks' states.</summary>
public sealed class Allocation : ApiModel
{
    /// <summary>The allocation's UUID.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The ID of the evaluation that placed the allocation.</summary>
    [JsonPropertyName("EvalID")]
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? EvalId { get; set; }

    /// <summary>The allocation's logical name, <c>job.group[index]</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The namespace of the allocation's job.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? Namespace { get; set; }

    /// <summary>The ID of the node the allocation is placed on.</summary>
    [JsonPropertyName("NodeID")]
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? NodeId { get; set; }

    /// <summary>The name of the node the allocation is placed on.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? NodeName { get; set; }

    /// <summary>The ID of the allocation's job.</summary>
    [JsonPropertyName("JobID")]
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? JobId { get; set; }

    /// <summary>A copy of the job as it was when the allocation was created or last updated; may be stale for some job fields (read the job itself for its current state).</summary>
    public Job? Job { get; set; }

    /// <summary>The name of the task group the allocation runs.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? TaskGroup { get; set; }

    /// <summary>Deprecated (Nomad 0.9): the total resources of the allocation in the job's resource shape; use <see cref="AllocatedResources"/>.</summary>
    public Resources? Resources { get; set; }

    /// <summary>Deprecated (Nomad 0.9): the resources shared by the group's tasks in the job's resource shape; use <see cref="AllocatedResources"/>.</summary>
    public Resources? SharedResources { get; set; }

    /// <summary>Deprecated (Nomad 0.9): the resources of each task in the job's resource shape, by task name; use <see cref="AllocatedResources"/>.</summary>
    public IDictionary<string, Resources>? TaskResources { get; set; }

    /// <summary>The resources assigned to the allocation: per task, and shared by the group (disk, group networks and ports).</summary>
    public AllocatedResources? AllocatedResources { get; set; }

    /// <summary>Service names by task (older Nomad versions).</summary>
    public IDictionary<string, string>? Services { get; set; }

    /// <summary>How the scheduler placed the allocation: nodes evaluated, filtered and exhausted, and scores.</summary>
    public AllocationMetric? Metrics { get; set; }

    /// <summary>The status the scheduler wants the allocation to have.</summary>
    public AllocationDesiredStatus? DesiredStatus { get; set; }

    /// <summary>Why the scheduler wants that status.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? DesiredDescription { get; set; }

    /// <summary>A transition the scheduler was asked to make (migrate, reschedule, …).</summary>
    public DesiredTransition? DesiredTransition { get; set; }

    /// <summary>The status reported by the client node.</summary>
    public AllocationClientStatus? ClientStatus { get; set; }

    /// <summary>A human-readable explanation of the client status.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? ClientDescription { get; set; }

    /// <summary>The state of each task, by task name.</summary>
    public IDictionary<string, TaskState>? TaskStates { get; set; }

    /// <summary>Changes of the state of the whole allocation, such as becoming unknown when its node disconnects.</summary>
    public IList<AllocState>? AllocStates { get; set; }

    /// <summary>The ID of the allocation this one replaces.</summary>
    public string? PreviousAllocation { get; set; }

    /// <summary>The ID of the allocation that replaced this one.</summary>
    public string? NextAllocation { get; set; }

    /// <summary>The ID of the deployment that created the allocation.</summary>
    [JsonPropertyName("DeploymentID")]
    public string? DeploymentId { get; set; }

    /// <summary>The allocation's health and canary status within its deployment; <see langword="null"/> when it is not part of one.</summary>
    public AllocDeploymentStatus? DeploymentStatus { get; set; }

    /// <summary>The earlier reschedule attempts that led to this allocation.</summary>
    public RescheduleTracker? RescheduleTracker { get; set; }

    /// <summary>The allocation's network as set up on the client (interface, address, DNS).</summary>
    public AllocNetworkStatus? NetworkStatus { get; set; }

    /// <summary>The evaluation that will reschedule this allocation after a failure, if one is scheduled.</summary>
    [JsonPropertyName("FollowupEvalID")]
    public string? FollowupEvalId { get; set; }

    /// <summary>The IDs of allocations that were preempted to place this one.</summary>
    public IList<string>? PreemptedAllocations { get; set; }

    /// <summary>The ID of the allocation that preempted this one.</summary>
    public string? PreemptedByAllocation { get; set; }

    /// <summary>The ID of the key that signed the allocation's workload identities.</summary>
    [JsonPropertyName("SigningKeyID")]
    public string? SigningKeyId { get; set; }

    /// <summary>The Raft index at which the allocation was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index at which the allocation was last changed.</summary>
    public ulong? ModifyIndex { get; set; }

    /// <summary>The Raft index of the last change made by the server (not by the client's status updates).</summary>
    public ulong? AllocModifyIndex { get; set; }

    /// <summary>When the allocation was created (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When the allocation was last changed (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? ModifyTime { get; set; }
}
