namespace DeploymentSdk.Nomad;

/// <summary>The share of allocations one attribute value should get.</summary>
public sealed class SpreadTarget : ApiModel
{
    /// <summary>The attribute value.</summary>
    public string? Value { get; set; }

    /// <summary>The percentage of allocations (0–100).</summary>
    public int? Percent { get; set; }
}
