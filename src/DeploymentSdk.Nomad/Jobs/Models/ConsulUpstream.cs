using System.Text.Json;

namespace DeploymentSdk.Nomad;

/// <summary>An upstream service a Connect proxy connects to.</summary>
public sealed class ConsulUpstream : ApiModel
{
    /// <summary>The upstream service name.</summary>
    public string? DestinationName { get; set; }

    /// <summary>The Consul namespace of the upstream (Enterprise).</summary>
    public string? DestinationNamespace { get; set; }

    /// <summary>The cluster peer of the upstream.</summary>
    public string? DestinationPeer { get; set; }

    /// <summary>The admin partition of the upstream (Enterprise).</summary>
    public string? DestinationPartition { get; set; }

    /// <summary>The destination type: service or prepared_query.</summary>
    public string? DestinationType { get; set; }

    /// <summary>The local port the upstream is reachable on.</summary>
    public int? LocalBindPort { get; set; }

    /// <summary>The datacenter of the upstream.</summary>
    public string? Datacenter { get; set; }

    /// <summary>The local address the upstream is reachable on.</summary>
    public string? LocalBindAddress { get; set; }

    /// <summary>A Unix socket path the upstream is reachable on.</summary>
    public string? LocalBindSocketPath { get; set; }

    /// <summary>The file mode of the Unix socket.</summary>
    public string? LocalBindSocketMode { get; set; }

    /// <summary>How the upstream is reached through mesh gateways.</summary>
    public ConsulMeshGateway? MeshGateway { get; set; }

    /// <summary>Opaque upstream configuration passed to Consul.</summary>
    public IDictionary<string, JsonElement>? Config { get; set; }
}
