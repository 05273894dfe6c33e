namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// A filter on a timestamp (<c>created_ats</c>, <c>updated_ats</c>): either a list of exact instants, or bounds with
/// the relational operators (<c>[lt]</c>, <c>[lte]</c>, <c>[gt]</c>, <c>[gte]</c>), not both.
/// </summary>
/// <remarks>Cloud Foundry keeps whole seconds: an instant with a fraction of a second is rejected before sending.</remarks>
/// <example>
/// <code>
/// // Deployments created on 1 January 2025 (UTC):
/// new TimestampFilter { GreaterThanOrEqual = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
///                       LessThan = new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero) }
/// </code>
/// </example>
public sealed class TimestampFilter
{
    /// <summary>Matches any of these instants exactly (sent as one comma-separated value).</summary>
    public IList<DateTimeOffset>? EqualTo { get; set; }

    /// <summary>Strictly before this instant (<c>[lt]</c>).</summary>
    public DateTimeOffset? LessThan { get; set; }

    /// <summary>At or before this instant (<c>[lte]</c>).</summary>
    public DateTimeOffset? LessThanOrEqual { get; set; }

    /// <summary>Strictly after this instant (<c>[gt]</c>).</summary>
    public DateTimeOffset? GreaterThan { get; set; }

    /// <summary>At or after this instant (<c>[gte]</c>).</summary>
    public DateTimeOffset? GreaterThanOrEqual { get; set; }
}
