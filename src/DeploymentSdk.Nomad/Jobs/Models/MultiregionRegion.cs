namespace DeploymentSdk.Nomad;

/// <summary>One region of a multiregion job.</summary>
public sealed class MultiregionRegion : ApiModel
{
    /// <summary>The region name.</summary>
    public string? Name { get; set; }

    /// <summary>The count of every task group in this region.</summary>
    public int? Count { get; set; }

    /// <summary>The datacenters in this region.</summary>
    public IList<string>? Datacenters { get; set; }

    /// <summary>The node pool in this region.</summary>
    public string? NodePool { get; set; }

    /// <summary>Metadata for this region.</summary>
    public IDictionary<string, string>? Meta { get; set; }
}
