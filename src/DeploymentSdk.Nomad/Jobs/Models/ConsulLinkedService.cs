using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A service behind a terminating gateway.</summary>
public sealed class ConsulLinkedService : ApiModel
{
    /// <summary>The service name.</summary>
    public string? Name { get; set; }

    /// <summary>The CA file used to verify the service.</summary>
    [JsonPropertyName("CAFile")]
    public string? CAFile { get; set; }

    /// <summary>The client certificate file.</summary>
    public string? CertFile { get; set; }

    /// <summary>The client key file.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The SNI name used when connecting.</summary>
    [JsonPropertyName("SNI")]
    public string? Sni { get; set; }
}
