using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/deployment/promote/:id</c>.</summary>
internal sealed class DeploymentPromoteRequest
{
    /// <summary>The deployment to promote; Nomad requires it to match the path.</summary>
    [JsonPropertyName("DeploymentID")]
    public string? DeploymentId { get; set; }

    /// <summary>Promote the canaries of every task group.</summary>
    public bool? All { get; set; }

    /// <summary>Promote the canaries of these task groups only.</summary>
    public IList<string>? Groups { get; set; }
}
