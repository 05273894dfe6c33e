using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/deployment/pause/:id</c>.</summary>
internal sealed class DeploymentPauseRequest
{
    /// <summary>The deployment to pause or resume; Nomad requires it to match the path.</summary>
    [JsonPropertyName("DeploymentID")]
    public string? DeploymentId { get; set; }

    /// <summary><see langword="true"/> to pause, <see langword="false"/> to resume; always sent.</summary>
    public bool Pause { get; set; }
}
