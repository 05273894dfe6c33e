using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A scaling event of a task group.</summary>
public sealed class ScalingEvent : ApiModel
{
    /// <summary>When the event happened.</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? Time { get; set; }

    /// <summary>The new count, if the event changed it.</summary>
    public long? Count { get; set; }

    /// <summary>The count before the event.</summary>
    public long? PreviousCount { get; set; }

    /// <summary>The message given with the scaling request.</summary>
    public string? Message { get; set; }

    /// <summary>Whether the event reports an error.</summary>
    public bool? Error { get; set; }

    /// <summary>Metadata given with the scaling request.</summary>
    public IDictionary<string, JsonElement>? Meta { get; set; }

    /// <summary>The evaluation created by the event, if any.</summary>
    [JsonPropertyName("EvalID")]
    public string? EvalId { get; set; }

    /// <summary>The Raft index at which the event was recorded.</summary>
    public ulong? CreateIndex { get; set; }
}
