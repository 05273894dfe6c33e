namespace DeploymentSdk.Nomad;

/// <summary>The DNS configuration of an allocation's network namespace.</summary>
public sealed class AllocatedNetworkDns : ApiModel
{
    /// <summary>The name servers.</summary>
    public IList<string>? Servers { get; set; }

    /// <summary>The search domains.</summary>
    public IList<string>? Searches { get; set; }

    /// <summary>The resolver options.</summary>
    public IList<string>? Options { get; set; }
}
