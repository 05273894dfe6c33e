namespace DeploymentSdk.Nomad;

/// <summary>The Consul terminating gateway configuration entry.</summary>
public sealed class ConsulTerminatingConfigEntry : ApiModel
{
    /// <summary>The services the gateway forwards to.</summary>
    public IList<ConsulLinkedService>? Services { get; set; }
}
