namespace DeploymentSdk.Nomad;

/// <summary>An address an Envoy gateway binds to.</summary>
public sealed class ConsulGatewayBindAddress : ApiModel
{
    /// <summary>The name of the address.</summary>
    public string? Name { get; set; }

    /// <summary>The IP address.</summary>
    public string? Address { get; set; }

    /// <summary>The port.</summary>
    public int? Port { get; set; }
}
