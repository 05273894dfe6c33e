using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The result of dispatching a parameterized job.</summary>
public sealed class JobDispatchResponse : ApiModel
{
    /// <summary>The ID of the child job created (<c>PARENT/dispatch-…</c>).</summary>
    [JsonPropertyName("DispatchedJobID")]
    public string? DispatchedJobId { get; set; }

    /// <summary>The ID of the evaluation created for the child job.</summary>
    [JsonPropertyName("EvalID")]
    public string? EvalId { get; set; }

    /// <summary>The Raft index at which the evaluation was created.</summary>
    public ulong? EvalCreateIndex { get; set; }

    /// <summary>The Raft index at which the child job was created.</summary>
    public ulong? JobCreateIndex { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
