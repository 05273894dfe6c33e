using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>An allocation as the list endpoints return it: the summary fields, without the job and most resources.</summary>
public sealed class AllocationListStub : ApiModel
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

    /// <summary>The type of the allocation's job (<c>service</c>, <c>batch</c>, <c>system</c>, <c>sysbatch</c>).</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? JobType { get; set; }

    /// <summary>The version of the job the allocation runs.</summary>
    public ulong? JobVersion { get; set; }

    /// <summary>The name of the task group the allocation runs.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? TaskGroup { get; set; }

    /// <summary>The resources assigned to the allocation; only sent when the list is asked for them (<c>resources=true</c>).</summary>
    public AllocatedResources? AllocatedResources { get; set; }

    /// <summary>The status the scheduler wants the allocation to have.</summary>
    public AllocationDesiredStatus? DesiredStatus { get; set; }

    /// <summary>Why the scheduler wants that status.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? DesiredDescription { get; set; }

    /// <summary>The status reported by the client node.</summary>
    public AllocationClientStatus? ClientStatus { get; set; }

    /// <summary>A human-readable explanation of the client status.</summary>
    [JsonConverter(typeof(RepeatedStringConverter))]
    public string? ClientDescription { get; set; }

    /// <summary>A transition the scheduler was asked to make (migrate, reschedule, …).</summary>
    public DesiredTransition? DesiredTransition { get; set; }

    /// <summary>The state of each task, by task name; <see langword="null"/> when the list was asked to leave them out (<c>task_states=false</c>).</summary>
    public IDictionary<string, TaskState>? TaskStates { get; set; }

    /// <summary>The allocation's health and canary status within its deployment; <see langword="null"/> when it is not part of one.</summary>
    public AllocDeploymentStatus? DeploymentStatus { get; set; }

    /// <summary>The evaluation that will reschedule this allocation after a failure, if one is scheduled.</summary>
    [JsonPropertyName("FollowupEvalID")]
    public string? FollowupEvalId { get; set; }

    /// <summary>The ID of the allocation that replaced this one.</summary>
    public string? NextAllocation { get; set; }

    /// <summary>The earlier reschedule attempts that led to this allocation.</summary>
    public RescheduleTracker? RescheduleTracker { get; set; }

    /// <summary>The IDs of allocations that were preempted to place this one.</summary>
    public IList<string>? PreemptedAllocations { get; set; }

    /// <summary>The ID of the allocation that preempted this one.</summary>
    public string? PreemptedByAllocation { get; set; }

    /// <summary>The Raft index at which the allocation was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index at which the allocation was last changed.</summary>
    public ulong? ModifyIndex { get; set; }

    /// <summary>When the allocation was created (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When the allocation was last changed (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? ModifyTime { get; set; }
}
