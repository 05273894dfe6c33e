using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>Transparent proxy settings of a Connect sidecar.</summary>
public sealed class ConsulTransparentProxy : ApiModel
{
    /// <summary>The user ID of the Envoy process.</summary>
    [JsonPropertyName("UID")]
    public string? Uid { get; set; }

    /// <summary>The outbound listener port of Envoy (default 15001).</summary>
    public int? OutboundPort { get; set; }

    /// <summary>Inbound ports (labels or numbers) that are not redirected.</summary>
    public IList<string>? ExcludeInboundPorts { get; set; }

    /// <summary>Outbound ports that are not redirected.</summary>
    public IList<int>? ExcludeOutboundPorts { get; set; }

    /// <summary>Outbound CIDR blocks that are not redirected.</summary>
    [JsonPropertyName("ExcludeOutboundCIDRs")]
    public IList<string>? ExcludeOutboundCidrs { get; set; }

    /// <summary>User IDs whose traffic is not redirected.</summary>
    [JsonPropertyName("ExcludeUIDs")]
    public IList<string>? ExcludeUids { get; set; }

    /// <summary>Whether DNS traffic is not redirected to Consul DNS.</summary>
    [JsonPropertyName("NoDNS")]
    public bool? NoDns { get; set; }
}
