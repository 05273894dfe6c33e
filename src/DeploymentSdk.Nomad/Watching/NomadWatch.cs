using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Turns any Nomad blocking read into an <see cref="IAsyncEnumerable{T}"/> of its successive states. The typed watches
/// in <see cref="NomadWatchExtensions"/> are built on these.
/// </summary>
/// <remarks>
/// <para>A watch yields the current state first, then a new state each time the answer's index moves forward; an
/// answer with the same index (the wait ran out, or an idempotent write) is skipped unless
/// <see cref="NomadWatchOptions.YieldEveryReturn"/> is set. When the index goes backwards (a snapshot restore, a new
/// leader) the watch starts over with a plain read and yields its answer as a first state; an index of 0 counts as 1.</para>
/// <para>Requests are paced by <see cref="NomadWatchOptions.MinimumInterval"/>. Transient failures (5xx including
/// "No cluster leader", 429, transport errors, timeouts) back off exponentially with jitter and the watch resumes when the
/// server is back; 400, 401, 403, a 404 without an index and unreadable answers end it with their
/// <see cref="ApiException"/>. Cancelling ends it with an <see cref="OperationCanceledException"/> and aborts the request in flight.</para>
/// <para>A watch sends a request only when the consumer asks for the next state, so an idle watch costs one long poll at a
/// time: about one request per <see cref="NomadWatchOptions.WaitTime"/>.</para>
/// </remarks>
public static class NomadWatch
{
    /// <summary>Watches any blocking read, for example one the SDK has no typed watch for.</summary>
    /// <typeparam name="T">The value read.</typeparam>
    /// <param name="read">
    /// One read with the given options, for example <c>(q, ct) =&gt; nomad.Jobs.GetAsync("web", q, ct)</c>. It is called
    /// with the watch's own <see cref="NomadQueryOptions"/>, set to the base query before each call (so what one read
    /// changes in it does not reach the next), whose <see cref="NomadQueryOptions.WaitIndex"/> and
    /// <see cref="NomadQueryOptions.WaitTime"/> the watch sets; a read must not keep it past its call.
    /// </param>
    /// <param name="options">Wait time, pacing, backoff and the base query; <see langword="null"/> uses the defaults.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive states, each with the <see cref="NomadQueryMeta"/> it was read with.</returns>
    /// <remarks>A 404 that carries an index (the object does not exist at that index) is not yielded: the watch blocks on it
    /// until the object exists. Use <see cref="CreateForObject{T}"/> to see absence as <see langword="null"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    /// <example>
    /// <code>
    /// await foreach (var job in NomadWatch.Create((q, ct) =&gt; nomad.Jobs.GetAsync("web", q, ct), cancellationToken: stopping))
    ///     Console.WriteLine($"{job.LastIndex}: {job.Value.Status}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<T>> Create<T>(
        Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<T>>> read,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default) =>
        CreateLogged(read, options, NullLogger.Instance, cancellationToken);

    /// <summary>A watch that logs its back-offs to the registration's logger (the typed watches).</summary>
    internal static IAsyncEnumerable<NomadResponse<T>> CreateLogged<T>(
        Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<T>>> read,
        NomadWatchOptions? options,
        ILogger logger,
        CancellationToken cancellationToken) =>
        new BlockingWatch<T>(read, options, logger: logger).RunAsync(cancellationToken);

    /// <summary>
    /// Watches one object that may not exist, or may not exist yet: while Nomad answers 404 with an index, the value is
    /// <see langword="null"/>; creating, changing or deleting the object yields a new state.
    /// </summary>
    /// <typeparam name="T">The object read.</typeparam>
    /// <param name="read">One read of the object with the given options.</param>
    /// <param name="options">Wait time, pacing, backoff and the base query; <see langword="null"/> uses the defaults.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive states; <see cref="NomadResponse{T}.Value"/> is <see langword="null"/> while the object does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    /// <example>
    /// <code>
    /// // Null until the job "web" is registered, then each change, and null again if it is purged.
    /// await foreach (var job in NomadWatch.CreateForObject((q, ct) =&gt; nomad.Jobs.GetAsync("web", q, ct), cancellationToken: stopping))
    ///     Console.WriteLine(job.Value is null ? "not registered" : $"{job.LastIndex}: {job.Value.Status}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<T?>> CreateForObject<T>(
        Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<T>>> read,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
        where T : class =>
        CreateForObjectLogged(read, options, NullLogger.Instance, cancellationToken);

    /// <summary>An object watch that logs its back-offs to the registration's logger (the typed watches).</summary>
    internal static IAsyncEnumerable<NomadResponse<T?>> CreateForObjectLogged<T>(
        Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<T>>> read,
        NomadWatchOptions? options,
        ILogger logger,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        // For a reference type T, NomadResponse<T> and NomadResponse<T?> are the same runtime type: the read is used as
        // it is, without an async wrapper (a task and a response copy per poll) that only changed the annotation.
        return new BlockingWatch<T?>(read!, options, static () => null, logger).RunAsync(cancellationToken);
    }

    /// <summary>
    /// Watches a list Nomad pages (jobs, deployments, allocations …): each state is the whole list. The first page is the
    /// blocking read; further pages, if a page size is set, are read right after it without blocking.
    /// </summary>
    /// <typeparam name="T">The list item.</typeparam>
    /// <param name="list">The list with the given options, for example <c>(q, ct) =&gt; nomad.Deployments.ListAsync(q, ct)</c>.</param>
    /// <param name="options">Wait time, pacing, backoff and the base query (filter, prefix, namespace); <see langword="null"/> uses the defaults.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive lists, each with the <see cref="NomadQueryMeta"/> of its first page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    /// <example>
    /// <code>
    /// // The deployments of the "prod" namespace, whole, each time one changes.
    /// var options = new NomadWatchOptions { Query = new NomadQueryOptions { Namespace = "prod" } };
    /// await foreach (var deployments in NomadWatch.CreateList((q, ct) =&gt; nomad.Deployments.ListAsync(q, ct), options, stopping))
    ///     Console.WriteLine($"{deployments.Value.Count} deployments at index {deployments.LastIndex}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<T>>> CreateList<T>(
        Func<NomadQueryOptions, CancellationToken, AsyncPageable<T>> list,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default) =>
        CreateListLogged(list, options, NullLogger.Instance, cancellationToken);

    /// <summary>A list watch that logs its back-offs to the registration's logger (the typed watches).</summary>
    internal static IAsyncEnumerable<NomadResponse<IReadOnlyList<T>>> CreateListLogged<T>(
        Func<NomadQueryOptions, CancellationToken, AsyncPageable<T>> list,
        NomadWatchOptions? options,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new BlockingWatch<IReadOnlyList<T>>((query, token) => ReadAllPagesAsync(list, query, token), options, logger: logger).RunAsync(cancellationToken);
    }

    private static async Task<NomadResponse<IReadOnlyList<T>>> ReadAllPagesAsync<T>(
        Func<NomadQueryOptions, CancellationToken, AsyncPageable<T>> list,
        NomadQueryOptions query,
        CancellationToken cancellationToken)
    {
        NomadQueryMeta? meta = null;
        List<T>? items = null;
        string? next = null;
        await foreach (var page in list(query, cancellationToken).AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            meta = MetaOf(page);
            items = [.. page.Values];
            next = page.ContinuationToken;
            break;
        }

        if (meta is null || items is null)
        {
            throw new InvalidOperationException("The list answered no page.");
        }

        if (next is not null)
        {
            // The first page already waited; the rest must not block again on the same index.
            var rest = query.Clone();
            rest.WaitIndex = null;
            await foreach (var page in list(rest, cancellationToken).AsPages(next).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                items.AddRange(page.Values);
            }
        }

        return new NomadResponse<IReadOnlyList<T>>(items, meta with { NextToken = null });
    }

    private static NomadQueryMeta MetaOf<T>(Page<T> page) =>
        page is NomadPage<T> nomad ? nomad.Meta : throw new InvalidOperationException("The list is not a Nomad list: its pages carry no index to block on.");
}
