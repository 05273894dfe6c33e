using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The sidecar proxy service of a Connect service.</summary>
public sealed class ConsulSidecarService : ApiModel
{
    /// <summary>Tags of the sidecar service.</summary>
    public IList<string>? Tags { get; set; }

    /// <summary>The port label of the sidecar.</summary>
    public string? Port { get; set; }

    /// <summary>The proxy configuration.</summary>
    public ConsulProxy? Proxy { get; set; }

    /// <summary>Whether the default TCP check of the sidecar is not registered.</summary>
    [JsonPropertyName("DisableDefaultTCPCheck")]
    public bool? DisableDefaultTcpCheck { get; set; }

    /// <summary>Metadata of the sidecar service.</summary>
    public IDictionary<string, string>? Meta { get; set; }
}
