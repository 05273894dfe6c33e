namespace DeploymentSdk;

/// <summary>
/// One page of a list answered by a platform: its items and what is needed to ask for the next page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// Providers derive from this type to add the metadata their platform returns with a page (for example
/// <c>NomadPage&lt;T&gt;</c> adds the blocking-query index).
/// </remarks>
public class Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="values">The items of this page.</param>
    /// <param name="continuationToken">The token that asks for the next page, or <see langword="null"/> on the last page.</param>
    /// <param name="totalCount">The total number of items across all pages, when the platform reports it.</param>
    public Page(IReadOnlyList<T> values, string? continuationToken, long? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
        ContinuationToken = continuationToken;
        TotalCount = totalCount;
    }

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>
    /// The opaque token that asks for the next page (pass it to <see cref="AsyncPageable{T}.AsPages"/> to resume),
    /// or <see langword="null"/> when this is the last page. Never parse it: its format is the platform's.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>The total number of items across all pages, when the platform reports it (Cloud Foundry, Cloud66).</summary>
    public long? TotalCount { get; }
}
