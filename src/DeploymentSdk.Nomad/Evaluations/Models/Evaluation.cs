using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>An evaluation: a request to the scheduler to reconcile a job's desired and actual allocations, and its outcome.</summary>
public sealed class Evaluation : ApiModel
{
    /// <summary>The evaluation's UUID.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The namespace of the evaluation's job.</summary>
    public string? Namespace { get; set; }

    /// <summary>The scheduling priority (from the job, or from the deployment that created the evaluation).</summary>
    public int? Priority { get; set; }

    /// <summary>The scheduler that processes the evaluation: <c>service</c>, <c>batch</c>, <c>system</c>, <c>sysbatch</c>, or <c>_core</c> for Nomad's own garbage collection.</summary>
    public string? Type { get; set; }

    /// <summary>Why the evaluation was created.</summary>
    public EvaluationTrigger? TriggeredBy { get; set; }

    /// <summary>The ID of the job the evaluation is for.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The job's <c>ModifyIndex</c> when the evaluation was created.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>The ID of the node whose change triggered the evaluation, if any.</summary>
    [JsonPropertyName("NodeID")]
    public string? NodeId { get; set; }

    /// <summary>The node's <c>ModifyIndex</c> when the evaluation was created.</summary>
    public ulong? NodeModifyIndex { get; set; }

    /// <summary>The ID of the deployment that triggered the evaluation, if any.</summary>
    [JsonPropertyName("DeploymentID")]
    public string? DeploymentId { get; set; }

    /// <summary>The status of the evaluation.</summary>
    public EvaluationStatus? Status { get; set; }

    /// <summary>A human-readable explanation of the status.</summary>
    public string? StatusDescription { get; set; }

    /// <summary>Deprecated: a minimum wait before the evaluation runs (rolling updates before Nomad 0.7).</summary>
    public TimeSpan? Wait { get; set; }

    /// <summary>The time before which the evaluation does not run (delayed rescheduling, disconnect timeouts). Offset kept as sent.</summary>
    public DateTimeOffset? WaitUntil { get; set; }

    /// <summary>The ID of the follow-up evaluation this one created.</summary>
    public string? NextEval { get; set; }

    /// <summary>The ID of the evaluation that created this one as a follow-up.</summary>
    public string? PreviousEval { get; set; }

    /// <summary>The ID of the blocked evaluation created because not every allocation could be placed.</summary>
    public string? BlockedEval { get; set; }

    /// <summary>The evaluations related to this one (next, previous, blocked); only sent when read with <c>related=true</c>.</summary>
    public IList<EvaluationStub>? RelatedEvals { get; set; }

    /// <summary>For each task group whose allocations could not all be placed, the metrics that say why.</summary>
    public IDictionary<string, AllocationMetric>? FailedTGAllocs { get; set; }

    /// <summary>The scheduler's annotations of its plan (desired updates per group, preempted allocations); only set when annotations were asked for.</summary>
    public PlanAnnotations? PlanAnnotations { get; set; }

    /// <summary>The computed node classes explicitly marked eligible or ineligible for the job.</summary>
    public IDictionary<string, bool>? ClassEligibility { get; set; }

    /// <summary>The quota whose limit was reached, if any (Nomad Enterprise).</summary>
    public string? QuotaLimitReached { get; set; }

    /// <summary>Resources not tied to a node (for example CSI volumes) that could not be found.</summary>
    public IList<string>? MissingNonNodeResources { get; set; }

    /// <summary>Whether the job has constraints that computed node classes do not capture.</summary>
    public bool? EscapedComputedClass { get; set; }

    /// <summary>Whether the scheduler was asked to annotate its plan.</summary>
    public bool? AnnotatePlan { get; set; }

    /// <summary>How many allocations were left unplaced when the evaluation was processed, by task group.</summary>
    public IDictionary<string, int>? QueuedAllocations { get; set; }

    /// <summary>The Raft index of the state snapshot the scheduler used.</summary>
    public ulong? SnapshotIndex { get; set; }

    /// <summary>The Raft index at which the evaluation was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index at which the evaluation was last changed.</summary>
    public ulong? ModifyIndex { get; set; }

    /// <summary>When the evaluation was created (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When the evaluation was last changed (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? ModifyTime { get; set; }
}
