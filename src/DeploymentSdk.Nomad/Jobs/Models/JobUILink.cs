using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A link the Nomad web UI shows for a job.</summary>
public sealed class JobUILink : ApiModel
{
    /// <summary>The link text.</summary>
    public string? Label { get; set; }

    /// <summary>The link target.</summary>
    [JsonPropertyName("URL")]
    public string? Url { get; set; }
}
