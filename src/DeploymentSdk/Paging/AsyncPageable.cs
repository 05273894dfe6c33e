using System.Runtime.CompilerServices;

namespace DeploymentSdk;

/// <summary>
/// A list that is fetched page by page as it is enumerated. Enumerate it with <c>await foreach</c> for the items,
/// or call <see cref="AsPages"/> for the pages and their continuation tokens.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// Only one page is held at a time. A request is sent only when the previous page's items have been consumed, so
/// leaving an <c>await foreach</c> early sends no further request. Enumerating twice sends the requests again.
/// </remarks>
/// <example>
/// <code>
/// await foreach (var alloc in nomad.Allocations.ListAsync())
///     Console.WriteLine(alloc.Id);
/// </code>
/// </example>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Initializes the base of a derived pageable; for mocking.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>
    /// Enumerates the pages, starting at <paramref name="continuationToken"/> (or the first page when it is <see langword="null"/>).
    /// </summary>
    /// <param name="continuationToken">A token from an earlier <see cref="Page{T}.ContinuationToken"/>, to resume there.</param>
    /// <param name="pageSizeHint">How many items to ask for per page; <see langword="null"/> uses the call's or platform's default.</param>
    /// <returns>The pages in order.</returns>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Enumerates the items of every page in order.</summary>
    /// <param name="cancellationToken">Stops the enumeration at the next item.</param>
    /// <returns>The item enumerator.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// Creates a pageable from a function that fetches one page; for providers and for tests that fake a client.
    /// </summary>
    /// <param name="fetchPage">
    /// Fetches the page at the given continuation token (<see langword="null"/> for the first page) with the given page size hint.
    /// </param>
    /// <param name="cancellationToken">
    /// The token of the call that created the pageable; it is combined with the enumeration's own token, so either stops it.
    /// </param>
    /// <returns>A pageable that calls <paramref name="fetchPage"/> lazily, one page at a time.</returns>
    /// <remarks>
    /// Enumeration stops when a page has no continuation token. A token the server already returned in this enumeration
    /// stops it with an <see cref="InvalidOperationException"/> instead of looping forever.
    /// </remarks>
    public static AsyncPageable<T> Create(
        Func<string?, int?, CancellationToken, ValueTask<Page<T>>> fetchPage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new FuncAsyncPageable(fetchPage, cancellationToken);
    }

    private sealed class FuncAsyncPageable(
        Func<string?, int?, CancellationToken, ValueTask<Page<T>>> fetchPage,
        CancellationToken callToken)
        : AsyncPageable<T>
    {
        public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            if (pageSizeHint is <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "The page size must be greater than zero.");
            }

            return EnumeratePages(continuationToken, pageSizeHint);
        }

        private async IAsyncEnumerable<Page<T>> EnumeratePages(
            string? token,
            int? pageSizeHint,
            [EnumeratorCancellation] CancellationToken enumerationToken = default)
        {
            using var linked = callToken.CanBeCanceled && enumerationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(callToken, enumerationToken)
                : null;
            var cancellationToken = linked?.Token ?? (callToken.CanBeCanceled ? callToken : enumerationToken);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (token is not null)
            {
                seen.Add(token);
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = await fetchPage(token, pageSizeHint, cancellationToken).ConfigureAwait(false);
                yield return page;

                token = page.ContinuationToken;
                if (string.IsNullOrEmpty(token))
                {
                    yield break;
                }

                if (!seen.Add(token))
                {
                    throw new InvalidOperationException(
                        $"The server returned the continuation token '{token}' a second time; stopping instead of paging forever.");
                }
            }
        }
    }
}
