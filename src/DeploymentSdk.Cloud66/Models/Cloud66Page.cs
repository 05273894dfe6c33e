namespace DeploymentSdk.Cloud66;

/// <summary>One page of a Cloud66 list, with the list's <see cref="Pagination"/> as the server sent it.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Cloud66Page<T> : Page<T>
{
    /// <summary>Creates a page; for tests that fake a client.</summary>
    /// <param name="values">The items of this page.</param>
    /// <param name="continuationToken">The token that asks for the next page (its page number), or <see langword="null"/> on the last page.</param>
    /// <param name="totalCount">The number of items across all pages, when known.</param>
    /// <param name="pagination">The server's pagination block, when it sent one.</param>
    public Cloud66Page(IReadOnlyList<T> values, string? continuationToken, long? totalCount, Pagination? pagination)
        : base(values, continuationToken, totalCount)
    {
        Pagination = pagination;
    }

    /// <summary>The server's pagination block for this page (current, next, previous, page size, counts).</summary>
    public Pagination? Pagination { get; }
}
