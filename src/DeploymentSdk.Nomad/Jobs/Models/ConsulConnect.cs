namespace DeploymentSdk.Nomad;

/// <summary>The Consul service mesh (Connect) configuration of a service.</summary>
public sealed class ConsulConnect : ApiModel
{
    /// <summary>Whether the service speaks Connect natively (no sidecar).</summary>
    public bool? Native { get; set; }

    /// <summary>Makes the service an ingress, terminating or mesh gateway.</summary>
    public ConsulGateway? Gateway { get; set; }

    /// <summary>The sidecar proxy service registered for the service.</summary>
    public ConsulSidecarService? SidecarService { get; set; }

    /// <summary>Overrides for the sidecar proxy task Nomad injects.</summary>
    public SidecarTask? SidecarTask { get; set; }
}
