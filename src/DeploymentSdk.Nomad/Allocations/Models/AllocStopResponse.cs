using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The result of stopping an allocation.</summary>
public sealed class AllocStopResponse : ApiModel
{
    /// <summary>The ID of the evaluation that reschedules or stops the allocation.</summary>
    [JsonPropertyName("EvalID")]
    public string? EvalId { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
