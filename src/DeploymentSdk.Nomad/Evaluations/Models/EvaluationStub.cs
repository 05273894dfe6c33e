using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The summary of an evaluation, as listed in <see cref="Evaluation.RelatedEvals"/>.</summary>
public sealed class EvaluationStub : ApiModel
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

    /// <summary>The ID of the node whose change triggered the evaluation, if any.</summary>
    [JsonPropertyName("NodeID")]
    public string? NodeId { get; set; }

    /// <summary>The ID of the deployment that triggered the evaluation, if any.</summary>
    [JsonPropertyName("DeploymentID")]
    public string? DeploymentId { get; set; }

    /// <summary>The status of the evaluation.</summary>
    public EvaluationStatus? Status { get; set; }

    /// <summary>A human-readable explanation of the status.</summary>
    public string? StatusDescription { get; set; }

    /// <summary>The time before which the evaluation does not run. Offset kept as sent.</summary>
    public DateTimeOffset? WaitUntil { get; set; }

    /// <summary>The ID of the follow-up evaluation this one created.</summary>
    public string? NextEval { get; set; }

    /// <summary>The ID of the evaluation that created this one as a follow-up.</summary>
    public string? PreviousEval { get; set; }

    /// <summary>The ID of the blocked evaluation this one created.</summary>
    public string? BlockedEval { get; set; }

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
