namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>pagination</c> object of a Cloud Foundry list answer.</summary>
public sealed class Pagination : ApiModel
{
    /// <summary>The number of resources across all pages (<c>total_results</c>).</summary>
    public long? TotalResults { get; set; }

    /// <summary>The number of pages (<c>total_pages</c>).</summary>
    public int? TotalPages { get; set; }

    /// <summary>The first page.</summary>
    public Link? First { get; set; }

    /// <summary>The last page.</summary>
    public Link? Last { get; set; }

    /// <summary>The next page; null on the last page. Its URL already carries the list's filters.</summary>
    public Link? Next { get; set; }

    /// <summary>The previous page; null on the first page.</summary>
    public Link? Previous { get; set; }
}
