namespace DeploymentSdk.CloudFoundry;

/// <summary>A port mapping of an instance (an item of <c>instance_ports</c>); 0 or null means no such port.</summary>
public sealed class ProcessInstancePort : ApiModel
{
    /// <summary>The port other hosts reach the instance on.</summary>
    public int? External { get; set; }

    /// <summary>The port the process listens on inside its container.</summary>
    public int? Internal { get; set; }

    /// <summary>The external port of the TLS proxy.</summary>
    public int? ExternalTlsProxyPort { get; set; }

    /// <summary>The internal port of the TLS proxy.</summary>
    public int? InternalTlsProxyPort { get; set; }
}
