namespace DeploymentSdk.Nomad;

/// <summary>A placement constraint: <c>LTarget Operand RTarget</c>.</summary>
public sealed class Constraint : ApiModel
{
    /// <summary>The left side: usually a node attribute or metadata reference such as <c>${attr.kernel.name}</c>.</summary>
    public string? LTarget { get; set; }

    /// <summary>The right side: the value to compare with.</summary>
    public string? RTarget { get; set; }

    /// <summary>The operator: =, !=, &lt;, regexp, version, semver, set_contains, distinct_hosts, is_set, …</summary>
    public string? Operand { get; set; }
}
