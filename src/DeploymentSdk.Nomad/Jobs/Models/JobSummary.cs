using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The allocation counts of a job, per task group, and of its children.</summary>
public sealed class JobSummary : ApiModel
{
    /// <summary>The job ID.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The namespace of the job.</summary>
    public string? Namespace { get; set; }

    /// <summary>Allocation counts by task group name.</summary>
    public IDictionary<string, TaskGroupSummary>? Summary { get; set; }

    /// <summary>Counts of the child jobs of a periodic or parameterized job.</summary>
    public JobChildrenSummary? Children { get; set; }

    /// <summary>The Raft index at which the summary was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index of the last change to the summary.</summary>
    public ulong? ModifyIndex { get; set; }
}
