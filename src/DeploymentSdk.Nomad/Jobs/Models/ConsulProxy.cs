using System.Text.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The configuration of a Connect sidecar proxy.</summary>
public sealed class ConsulProxy : ApiModel
{
    /// <summary>The address the proxy forwards inbound traffic to.</summary>
    public string? LocalServiceAddress { get; set; }

    /// <summary>The port the proxy forwards inbound traffic to.</summary>
    public int? LocalServicePort { get; set; }

    /// <summary>Paths exposed through the proxy without mTLS (for checks).</summary>
    public ConsulExposeConfig? Expose { get; set; }

    /// <summary>Deprecated alias of <see cref="Expose"/>.</summary>
    public ConsulExposeConfig? ExposeConfig { get; set; }

    /// <summary>The upstream services the proxy connects to.</summary>
    public IList<ConsulUpstream>? Upstreams { get; set; }

    /// <summary>Transparent proxy (iptables redirection) settings.</summary>
    public ConsulTransparentProxy? TransparentProxy { get; set; }

    /// <summary>Opaque proxy configuration passed to Consul.</summary>
    public IDictionary<string, JsonElement>? Config { get; set; }
}
