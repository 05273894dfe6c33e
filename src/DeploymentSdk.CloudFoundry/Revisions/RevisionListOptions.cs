namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// Filters, order and page size of <see cref="ICloudFoundryRevisionsClient.ListForAppAsync"/> (and the page size and
/// order of <see cref="ICloudFoundryRevisionsClient.ListDeployedForAppAsync"/>, which takes no filter). Null or empty
/// properties are not sent.
/// </summary>
public sealed class RevisionListOptions
{
    /// <summary>The page to start at, from 1. Default: the first.</summary>
    public int? Page { get; set; }

    /// <summary>Results per page, 1 to 5000. Server default: 50.</summary>
    public int? PerPage { get; set; }

    /// <summary>The sort order. Server default: <see cref="ResourceOrder.CreatedAt"/> (oldest first).</summary>
    public ResourceOrder? OrderBy { get; set; }

    /// <summary>Only these version numbers (<c>versions</c>); not for the deployed list.</summary>
    public IList<int>? Versions { get; set; }

    /// <summary>A label selector; not for the deployed list.</summary>
    public string? LabelSelector { get; set; }
}
