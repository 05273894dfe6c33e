namespace DeploymentSdk.Nomad;

/// <summary>A path a Connect proxy exposes without mTLS.</summary>
public sealed class ConsulExposePath : ApiModel
{
    /// <summary>The HTTP path.</summary>
    public string? Path { get; set; }

    /// <summary>The protocol: http or http2.</summary>
    public string? Protocol { get; set; }

    /// <summary>The local port of the service that serves the path.</summary>
    public int? LocalPathPort { get; set; }

    /// <summary>The port label the proxy listens on for the path.</summary>
    public string? ListenerPort { get; set; }
}
