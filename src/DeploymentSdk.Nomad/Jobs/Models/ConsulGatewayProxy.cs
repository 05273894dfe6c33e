using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The Envoy configuration of a gateway.</summary>
public sealed class ConsulGatewayProxy : ApiModel
{
    /// <summary>The timeout of connections to upstream services.</summary>
    public TimeSpan? ConnectTimeout { get; set; }

    /// <summary>Whether Envoy binds to the service's tagged addresses.</summary>
    public bool? EnvoyGatewayBindTaggedAddresses { get; set; }

    /// <summary>Additional addresses Envoy binds to, by name.</summary>
    public IDictionary<string, ConsulGatewayBindAddress>? EnvoyGatewayBindAddresses { get; set; }

    /// <summary>Whether Envoy does not bind to the default address.</summary>
    public bool? EnvoyGatewayNoDefaultBind { get; set; }

    /// <summary>How Envoy resolves DNS names: LOGICAL_DNS or STRICT_DNS.</summary>
    [JsonPropertyName("EnvoyDNSDiscoveryType")]
    public string? EnvoyDnsDiscoveryType { get; set; }

    /// <summary>Opaque Envoy configuration passed to Consul.</summary>
    public IDictionary<string, JsonElement>? Config { get; set; }
}
