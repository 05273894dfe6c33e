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
    /// <para>Enumeration stops when a page has no continuation token.</para>
    /// <para>A server whose tokens come back round (A→B→C→A, or a page pointing at itself) is stopped with an
    /// <see cref="InvalidOperationException"/> instead of paging forever. Detection holds one token, whatever the number
    /// of pages (Brent's cycle detection): a cycle of λ tokens entered after μ distinct ones is stopped by page
    /// 2·max(μ + 1, λ) + λ at the latest, under three times the μ + λ + 1 pages where the first repeat appears; a
    /// page pointing at itself is stopped at once. A server handing out fresh tokens forever is not a cycle: the
    /// enumeration goes on, page by page, until the consumer stops it or cancels.</para>
    /// </remarks>
    public static AsyncPageable<T> Create(
        Func<string?, int?, CancellationToken, ValueTask<Page<T>>> fetchPage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new StateAsyncPageable<Func<string?, int?, CancellationToken, ValueTask<Page<T>>>>(
            fetchPage, static (fetch, token, size, cancellationToken) => fetch(token, size, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// As <see cref="Create(Func{string?, int?, CancellationToken, ValueTask{Page{T}}}, CancellationToken)"/>, with the
    /// fetch's inputs passed as <paramref name="state"/> to a static <paramref name="fetchPage"/>: a provider's list costs
    /// one object, not a closure and a delegate besides.
    /// </summary>
    internal static AsyncPageable<T> Create<TState>(
        TState state,
        Func<TState, string?, int?, CancellationToken, ValueTask<Page<T>>> fetchPage,
        CancellationToken cancellationToken = default) =>
        new StateAsyncPageable<TState>(state, fetchPage, cancellationToken);

    private sealed class StateAsyncPageable<TState>(
        TState state,
        Func<TState, string?, int?, CancellationToken, ValueTask<Page<T>>> fetch,
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

        /// <summary>The items, page by page, in one iterator (no page iterator under it); each page's items by index.</summary>
        public override async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            using var linked = Link(cancellationToken, out var fetchToken);
            string? token = null;
            var cycle = new TokenCycleDetector();
            while (true)
            {
                fetchToken.ThrowIfCancellationRequested();
                var page = await fetch(state, token, null, fetchToken).ConfigureAwait(false);
                var values = page.Values;
                for (var i = 0; i < values.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return values[i];
                }

                token = NextToken(page, ref cycle);
                if (token is null)
                {
                    yield break;
                }
            }
        }

        private async IAsyncEnumerable<Page<T>> EnumeratePages(
            string? token,
            int? pageSizeHint,
            [EnumeratorCancellation] CancellationToken enumerationToken = default)
        {
            using var linked = Link(enumerationToken, out var cancellationToken);
            var cycle = new TokenCycleDetector();
            if (token is not null)
            {
                cycle.IsRepeat(token);
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = await fetch(state, token, pageSizeHint, cancellationToken).ConfigureAwait(false);
                yield return page;

                token = NextToken(page, ref cycle);
                if (token is null)
                {
                    yield break;
                }
            }
        }

        /// <summary>The call's token combined with the enumeration's: a linked source only when both can cancel.</summary>
        private CancellationTokenSource? Link(CancellationToken enumerationToken, out CancellationToken combined)
        {
            var linked = callToken.CanBeCanceled && enumerationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(callToken, enumerationToken)
                : null;
            combined = linked?.Token ?? (callToken.CanBeCanceled ? callToken : enumerationToken);
            return linked;
        }

        /// <summary>The token of the page after <paramref name="page"/>, or null when it is the last.</summary>
        /// <exception cref="InvalidOperationException">The token closes a cycle.</exception>
        private static string? NextToken(Page<T> page, ref TokenCycleDetector cycle)
        {
            var token = page.ContinuationToken;
            if (string.IsNullOrEmpty(token))
            {
                return null;
            }

            if (cycle.IsRepeat(token))
            {
                throw new InvalidOperationException(
                    $"The server returned the continuation token '{token}' a second time (its tokens go round in a cycle); stopping instead of paging forever.");
            }

            return token;
        }
    }

    /// <summary>
    /// Brent's cycle detection over the sequence of continuation tokens: one remembered token (the "tortoise"), moved to
    /// the newest token whenever the number of steps since it was set reaches a power of two. O(1) memory; a cycle of
    /// length λ after a tail of μ is found when the tortoise sits in the cycle and the power is at least λ.
    /// </summary>
    private struct TokenCycleDetector
    {
        private string? _tortoise;
        private long _power;
        private long _steps;

        /// <summary>Takes the next token; <see langword="true"/> when it closes a cycle.</summary>
        public bool IsRepeat(string token)
        {
            if (_tortoise is null)
            {
                _tortoise = token;
                _power = 1;
                return false;
            }

            if (string.Equals(token, _tortoise, StringComparison.Ordinal))
            {
                return true;
            }

            if (++_steps == _power)
            {
                _tortoise = token;
                _power *= 2;
                _steps = 0;
            }

            return false;
        }
    }
}
