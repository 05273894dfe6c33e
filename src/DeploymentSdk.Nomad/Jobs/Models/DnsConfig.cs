namespace DeploymentSdk.Nomad;

/// <summary>The DNS configuration of a network namespace.</summary>
public sealed class DnsConfig : ApiModel
{
    /// <summary>DNS server addresses.</summary>
    public IList<string>? Servers { get; set; }

    /// <summary>Search domains.</summary>
    public IList<string>? Searches { get; set; }

    /// <summary>Resolver options.</summary>
    public IList<string>? Options { get; set; }
}
