using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The scaling status of a job: desired and actual counts per task group.</summary>
public sealed class JobScaleStatusResponse : ApiModel
{
    /// <summary>The job ID.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The namespace of the job.</summary>
    public string? Namespace { get; set; }

    /// <summary>The Raft index at which the job was created.</summary>
    public ulong? JobCreateIndex { get; set; }

    /// <summary>The job modify index.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>Whether the job is stopped.</summary>
    public bool? JobStopped { get; set; }

    /// <summary>The status by task group name.</summary>
    public IDictionary<string, TaskGroupScaleStatus>? TaskGroups { get; set; }
}
