using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A network assigned to an allocation or task, with its address and the ports Nomad assigned.</summary>
public sealed class AllocatedNetwork : ApiModel
{
    /// <summary>The network mode (<c>host</c>, <c>bridge</c>, <c>cni/&lt;name&gt;</c>, …).</summary>
    public string? Mode { get; set; }

    /// <summary>The host network device.</summary>
    public string? Device { get; set; }

    /// <summary>The CIDR block of the addresses.</summary>
    [JsonPropertyName("CIDR")]
    public string? Cidr { get; set; }

    /// <summary>The host IP address.</summary>
    [JsonPropertyName("IP")]
    public string? Ip { get; set; }

    /// <summary>The hostname of the network namespace.</summary>
    public string? Hostname { get; set; }

    /// <summary>Deprecated: the requested bandwidth, in megabits.</summary>
    public int? MBits { get; set; }

    /// <summary>The DNS configuration of the network namespace.</summary>
    [JsonPropertyName("DNS")]
    public AllocatedNetworkDns? Dns { get; set; }

    /// <summary>The static ports.</summary>
    public IList<AllocatedNetworkPort>? ReservedPorts { get; set; }

    /// <summary>The dynamic ports, with the values Nomad assigned.</summary>
    public IList<AllocatedNetworkPort>? DynamicPorts { get; set; }

    /// <summary>The CNI arguments of the network.</summary>
    [JsonPropertyName("CNI")]
    public AllocatedNetworkCni? Cni { get; set; }
}
