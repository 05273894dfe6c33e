using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A service behind an ingress gateway listener.</summary>
public sealed class ConsulIngressService : ApiModel
{
    /// <summary>The service name.</summary>
    public string? Name { get; set; }

    /// <summary>The hosts the service is reachable on.</summary>
    public IList<string>? Hosts { get; set; }

    /// <summary>A TLS configuration overriding the gateway's.</summary>
    [JsonPropertyName("TLS")]
    public ConsulGatewayTlsConfig? Tls { get; set; }

    /// <summary>Changes to request headers.</summary>
    public ConsulHttpHeaderModifiers? RequestHeaders { get; set; }

    /// <summary>Changes to response headers.</summary>
    public ConsulHttpHeaderModifiers? ResponseHeaders { get; set; }

    /// <summary>The maximum number of HTTP/1.1 connections per instance.</summary>
    public uint? MaxConnections { get; set; }

    /// <summary>The maximum number of queued requests per instance.</summary>
    public uint? MaxPendingRequests { get; set; }

    /// <summary>The maximum number of concurrent HTTP/2 requests per instance.</summary>
    public uint? MaxConcurrentRequests { get; set; }
}
