namespace DeploymentSdk.Nomad;

/// <summary>Makes a Connect service a gateway.</summary>
public sealed class ConsulGateway : ApiModel
{
    /// <summary>The Envoy configuration of the gateway.</summary>
    public ConsulGatewayProxy? Proxy { get; set; }

    /// <summary>The ingress gateway configuration entry.</summary>
    public ConsulIngressConfigEntry? Ingress { get; set; }

    /// <summary>The terminating gateway configuration entry.</summary>
    public ConsulTerminatingConfigEntry? Terminating { get; set; }

    /// <summary>Makes the gateway a mesh gateway.</summary>
    public ConsulMeshConfigEntry? Mesh { get; set; }
}
