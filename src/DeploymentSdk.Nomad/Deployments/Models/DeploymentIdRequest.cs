using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/deployment/fail/:id</c> and <c>POST /v1/deployment/unblock/:id</c> (Nomad's <c>DeploymentFailRequest</c> and <c>DeploymentUnblockRequest</c>, which have the same shape).</summary>
internal sealed class DeploymentIdRequest
{
    /// <summary>The deployment; Nomad requires it to match the path for unblock.</summary>
    [JsonPropertyName("DeploymentID")]
    public string? DeploymentId { get; set; }
}
