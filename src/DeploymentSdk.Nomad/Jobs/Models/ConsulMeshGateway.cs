namespace DeploymentSdk.Nomad;

/// <summary>How an upstream is reached through mesh gateways.</summary>
public sealed class ConsulMeshGateway : ApiModel
{
    /// <summary>The mode: local, remote, none or empty (Consul's default).</summary>
    public string? Mode { get; set; }
}
