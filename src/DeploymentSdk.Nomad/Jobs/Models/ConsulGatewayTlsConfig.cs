using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The TLS configuration of a gateway or gateway service.</summary>
public sealed class ConsulGatewayTlsConfig : ApiModel
{
    /// <summary>Whether TLS is enabled.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The minimum TLS version.</summary>
    [JsonPropertyName("TLSMinVersion")]
    public string? TlsMinVersion { get; set; }

    /// <summary>The maximum TLS version.</summary>
    [JsonPropertyName("TLSMaxVersion")]
    public string? TlsMaxVersion { get; set; }

    /// <summary>The allowed cipher suites.</summary>
    public IList<string>? CipherSuites { get; set; }

    /// <summary>Certificates from an SDS cluster.</summary>
    [JsonPropertyName("SDS")]
    public ConsulGatewayTlsSdsConfig? Sds { get; set; }
}
