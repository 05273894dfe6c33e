using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The Consul ingress gateway configuration entry.</summary>
public sealed class ConsulIngressConfigEntry : ApiModel
{
    /// <summary>The TLS configuration of the gateway.</summary>
    [JsonPropertyName("TLS")]
    public ConsulGatewayTlsConfig? Tls { get; set; }

    /// <summary>The listeners of the gateway.</summary>
    public IList<ConsulIngressListener>? Listeners { get; set; }
}
