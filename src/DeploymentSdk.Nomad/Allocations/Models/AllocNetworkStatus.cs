using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The network of an allocation as set up on its client.</summary>
public sealed class AllocNetworkStatus : ApiModel
{
    /// <summary>The name of the network interface.</summary>
    public string? InterfaceName { get; set; }

    /// <summary>The IPv4 address of the allocation.</summary>
    public string? Address { get; set; }

    /// <summary>The IPv6 address of the allocation.</summary>
    [JsonPropertyName("AddressIPv6")]
    public string? AddressIpv6 { get; set; }

    /// <summary>The DNS configuration of the allocation's network namespace.</summary>
    [JsonPropertyName("DNS")]
    public AllocatedNetworkDns? Dns { get; set; }
}
