namespace DeploymentSdk.Nomad;

/// <summary>Spreads allocations across the values of a node attribute.</summary>
public sealed class Spread : ApiModel
{
    /// <summary>The node attribute to spread over, such as <c>${node.datacenter}</c>.</summary>
    public string? Attribute { get; set; }

    /// <summary>The weight of this spread, from 0 to 100; the server default is 50.</summary>
    public int? Weight { get; set; }

    /// <summary>Target percentages per attribute value; an even spread when empty.</summary>
    public IList<SpreadTarget>? SpreadTarget { get; set; }
}
