namespace DeploymentSdk.CloudFoundry;

/// <summary>A page of a Cloud Foundry list, with the server's <c>pagination</c> object.</summary>
/// <typeparam name="T">The resource type.</typeparam>
public sealed class CloudFoundryPage<T> : Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="values">The resources of this page.</param>
    /// <param name="pagination">The server's pagination object, if it sent one.</param>
    public CloudFoundryPage(IReadOnlyList<T> values, Pagination? pagination)
        : base(values, NullIfEmpty(pagination?.Next?.Href), pagination?.TotalResults)
    {
        Pagination = pagination;
    }

    /// <summary>The server's pagination object: total results and pages, and the first, last, next and previous links.</summary>
    public Pagination? Pagination { get; }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
