using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A job as the job list returns it: identity, status and a summary, without the specification.</summary>
public sealed class JobListStub : ApiModel
{
    /// <summary>The job ID.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>For a dispatched or periodic child, the ID of the parent job.</summary>
    [JsonPropertyName("ParentID")]
    public string? ParentId { get; set; }

    /// <summary>The job name.</summary>
    public string? Name { get; set; }

    /// <summary>The namespace of the job.</summary>
    public string? Namespace { get; set; }

    /// <summary>The datacenters of the job.</summary>
    public IList<string>? Datacenters { get; set; }

    /// <summary>The node pool of the job.</summary>
    public string? NodePool { get; set; }

    /// <summary>The multiregion configuration of the job (Enterprise).</summary>
    public Multiregion? Multiregion { get; set; }

    /// <summary>The scheduler type.</summary>
    public JobType? Type { get; set; }

    /// <summary>The scheduling priority.</summary>
    public int? Priority { get; set; }

    /// <summary>Whether the job is periodic.</summary>
    public bool? Periodic { get; set; }

    /// <summary>Whether the job is parameterized.</summary>
    public bool? ParameterizedJob { get; set; }

    /// <summary>Whether the job is stopped.</summary>
    public bool? Stop { get; set; }

    /// <summary>The job status.</summary>
    public JobStatus? Status { get; set; }

    /// <summary>A human-readable explanation of the status.</summary>
    public string? StatusDescription { get; set; }

    /// <summary>The allocation counts of the job's task groups.</summary>
    public JobSummary? JobSummary { get; set; }

    /// <summary>The Raft index at which the job was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index of the last change to the job object.</summary>
    public ulong? ModifyIndex { get; set; }

    /// <summary>The Raft index of the last change to the job specification.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>When the current version was submitted.</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? SubmitTime { get; set; }

    /// <summary>The job's metadata; only returned when the list is asked for it (<c>meta=true</c>).</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? Meta { get; set; }
}
