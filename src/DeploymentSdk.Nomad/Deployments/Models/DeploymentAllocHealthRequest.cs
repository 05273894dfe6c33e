using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/deployment/allocation-health/:id</c>.</summary>
internal sealed class DeploymentAllocHealthRequest
{
    /// <summary>The deployment; Nomad requires it to match the path.</summary>
    [JsonPropertyName("DeploymentID")]
    public string? DeploymentId { get; set; }

    /// <summary>Allocations to mark healthy, so the rolling update continues.</summary>
    [JsonPropertyName("HealthyAllocationIDs")]
    public IList<string>? HealthyAllocationIds { get; set; }

    /// <summary>Allocations to mark unhealthy, which fails the deployment.</summary>
    [JsonPropertyName("UnhealthyAllocationIDs")]
    public IList<string>? UnhealthyAllocationIds { get; set; }
}
