using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The result of stopping (deregistering) a job.</summary>
public sealed class JobDeregisterResponse : ApiModel
{
    /// <summary>The ID of the evaluation created to stop the allocations.</summary>
    [JsonPropertyName("EvalID")]
    public string? EvalId { get; set; }

    /// <summary>The Raft index at which the evaluation was created.</summary>
    public ulong? EvalCreateIndex { get; set; }

    /// <summary>The job modify index after the change.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>The ID of the evaluation that releases the job's volume claims, if any.</summary>
    [JsonPropertyName("VolumeEvalID")]
    public string? VolumeEvalId { get; set; }

    /// <summary>The Raft index at which the volume evaluation was created.</summary>
    public ulong? VolumeEvalIndex { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
