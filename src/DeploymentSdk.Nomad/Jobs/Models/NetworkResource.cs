using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A network the task group or task asks for.</summary>
public sealed class NetworkResource : ApiModel
{
    /// <summary>The network mode: host, bridge, none, or <c>cni/NAME</c>.</summary>
    public string? Mode { get; set; }

    /// <summary>The host network device (set by the server on allocations).</summary>
    public string? Device { get; set; }

    /// <summary>The CIDR block of the network (set by the server on allocations).</summary>
    [JsonPropertyName("CIDR")]
    public string? Cidr { get; set; }

    /// <summary>The IP address assigned (set by the server on allocations).</summary>
    [JsonPropertyName("IP")]
    public string? IP { get; set; }

    /// <summary>The DNS configuration of the allocation's network namespace.</summary>
    [JsonPropertyName("DNS")]
    public DnsConfig? Dns { get; set; }

    /// <summary>Static ports.</summary>
    public IList<Port>? ReservedPorts { get; set; }

    /// <summary>Ports picked by the scheduler.</summary>
    public IList<Port>? DynamicPorts { get; set; }

    /// <summary>The hostname of the allocation's network namespace.</summary>
    public string? Hostname { get; set; }

    /// <summary>Deprecated: bandwidth in Mbit/s.</summary>
    public int? MBits { get; set; }

    /// <summary>Arguments passed to the CNI plugins.</summary>
    [JsonPropertyName("CNI")]
    public CniConfig? Cni { get; set; }
}
