using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The result of forcing a new instance of a periodic job.</summary>
public sealed class JobPeriodicForceResponse : ApiModel
{
    /// <summary>The ID of the evaluation created for the new instance.</summary>
    [JsonPropertyName("EvalID")]
    public string? EvalId { get; set; }

    /// <summary>The Raft index at which the evaluation was created.</summary>
    public ulong? EvalCreateIndex { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
