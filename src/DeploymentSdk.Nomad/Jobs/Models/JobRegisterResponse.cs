using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The result of registering, updating, reverting, scaling or evaluating a job.</summary>
public sealed class JobRegisterResponse : ApiModel
{
    /// <summary>The ID of the evaluation created; empty when none was needed (for example a periodic or parameterized job).</summary>
    [JsonPropertyName("EvalID")]
    public string? EvalId { get; set; }

    /// <summary>The Raft index at which the evaluation was created.</summary>
    public ulong? EvalCreateIndex { get; set; }

    /// <summary>The job modify index after the change.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>Warnings about the job, such as deprecated fields.</summary>
    public string? Warnings { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
