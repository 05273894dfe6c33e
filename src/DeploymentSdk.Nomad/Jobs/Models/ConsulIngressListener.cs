namespace DeploymentSdk.Nomad;

/// <summary>A listener of an ingress gateway.</summary>
public sealed class ConsulIngressListener : ApiModel
{
    /// <summary>The port.</summary>
    public int? Port { get; set; }

    /// <summary>The protocol: tcp, http, http2 or grpc.</summary>
    public string? Protocol { get; set; }

    /// <summary>The services behind the listener.</summary>
    public IList<ConsulIngressService>? Services { get; set; }
}
