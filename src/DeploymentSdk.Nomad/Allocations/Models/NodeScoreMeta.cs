using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The scores of one node considered for a placement.</summary>
public sealed class NodeScoreMeta : ApiModel
{
    /// <summary>The node's ID.</summary>
    [JsonPropertyName("NodeID")]
    public string? NodeId { get; set; }

    /// <summary>The score from each scorer (for example <c>binpack</c>, <c>job-anti-affinity</c>), by scorer name.</summary>
    public IDictionary<string, double>? Scores { get; set; }

    /// <summary>The node's final, normalized score.</summary>
    public double? NormScore { get; set; }
}
