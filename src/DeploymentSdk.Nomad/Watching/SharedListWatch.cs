using System.Runtime.CompilerServices;
using System.Threading.Channels;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Polling;

namespace DeploymentSdk.Nomad;

/// <summary>
/// The connection budget of per-object watches (deployments, allocations and jobs), derived from the client's
/// <see cref="ApiClientOptions.MaxConnectionsPerServer"/> (M, default 32). Nomad speaks HTTP/1.1 only, so a blocking
/// query holds one connection for up to its wait, and Nomad closes every connection beyond 100 per client IP by default
/// (<c>limits.http_max_conns_per_client</c>). The rule, per client registration (every watch started through clients of
/// the same options shares it):
/// <list type="bullet">
/// <item>The SDK never opens more than M connections to one server: the primary handler's limit; a request beyond it
/// waits for a free connection, it never opens another.</item>
/// <item>The first <see cref="DirectWatches"/> = min(3, M / 8) per-object watches running at once (all kinds together: 3
/// under the default, 0 when M is below 8) are blocking queries of their own object.</item>
/// <item>Every further one shares ONE blocking query of its kind's list per namespace, region and staleness, whose
/// answers are fanned out to the watches by ID; a changed allocation or job is then read once with a plain (non-blocking)
/// read, since the list carries only its stub.</item>
/// </list>
/// So per-object watches hold at most min(3, M / 8) + (one per kind and place in use) connections in long polls, whatever
/// their number: 4 for deployments in one namespace under the default, leaving the rest of M for other calls.
/// </summary>
internal sealed class WatchBudget
{
    /// <summary>The connection limit a budget fits in when the client's options are unknown (a client that is not the SDK's).</summary>
    internal const int DefaultMaxConnectionsPerServer = ApiClientOptions.DefaultMaxConnectionsPerServer;

    private static readonly ConditionalWeakTable<object, WatchBudget> Budgets = new();

    private readonly object _gate = new();
    private readonly Dictionary<HubKey, object> _hubs = [];
    private int _direct;

    private WatchBudget(int maxConnectionsPerServer)
    {
        MaxConnectionsPerServer = maxConnectionsPerServer;
        DirectWatches = DirectWatchesFor(maxConnectionsPerServer);
    }

    /// <summary>The client's connection limit this budget was derived from.</summary>
    public int MaxConnectionsPerServer { get; }

    /// <summary>Per-object watches (all kinds together) that run as their own blocking query before the rest share list queries.</summary>
    public int DirectWatches { get; }

    /// <summary>
    /// The budget of the client's registration: watches started through any resource client made from the same options
    /// share it, with the limit of those options. A client that is not the SDK's (a test double) has a budget of its own
    /// under the default limit.
    /// </summary>
    /// <param name="client">The resource client the watches are started through.</param>
    public static WatchBudget Of(object client) =>
        client is INomadPipelineOwner { Pipeline.Options: var options }
            ? Budgets.GetValue(options, static o => new WatchBudget(((NomadClientOptions)o).MaxConnectionsPerServer))
            : Budgets.GetValue(client, static _ => new WatchBudget(DefaultMaxConnectionsPerServer));

    /// <summary>
    /// min(3, M / 8): 3 direct watches under the default limit of 32; none below 8 connections, where every watch shares.
    /// Direct watches thus hold at most an eighth of the limit.
    /// </summary>
    internal static int DirectWatchesFor(int maxConnectionsPerServer) => Math.Clamp(maxConnectionsPerServer / 8, 0, 3);

    /// <summary>
    /// Whether a watch with these options may share a list query: only the place (namespace, region, stale) may be set
    /// on its query; a filter, prefix, extra parameters or headers make the answer differ per watch.
    /// </summary>
    public static bool IsShareable(NomadWatchOptions options) =>
        options.Query is not { } q
        || (q.Prefix is null && q.Filter is null && q.PerPage is null && q.NextToken is null && !q.Reverse
            && q.Parameters.Count == 0 && q.Headers.Count == 0);

    /// <summary>Takes a direct slot when one is free.</summary>
    public bool TryEnterDirect()
    {
        lock (_gate)
        {
            if (_direct >= DirectWatches)
            {
                return false;
            }

            _direct++;
            return true;
        }
    }

    /// <summary>Returns a direct slot.</summary>
    public void ExitDirect()
    {
        lock (_gate)
        {
            _direct--;
        }
    }

    /// <summary>The shared list watch for a kind and place, created on first use.</summary>
    public SharedListWatch<TItem> Hub<TItem>(HubKey key, Func<SharedListWatch<TItem>> create)
        where TItem : class
    {
        lock (_gate)
        {
            if (_hubs.TryGetValue(key, out var hub))
            {
                return (SharedListWatch<TItem>)hub;
            }

            var created = create();
            _hubs[key] = created;
            return created;
        }
    }

    /// <summary>What one shared list query serves: the kind and the place the watches read.</summary>
    internal readonly record struct HubKey(string Kind, string? Namespace, string? Region, bool AllowStale);
}

/// <summary>
/// A watch of one object within the <see cref="WatchBudget"/>: a blocking query of its own while a direct slot is free,
/// otherwise a subscription to the shared list query of its kind and place.
/// </summary>
internal static class BudgetedObjectWatch
{
    /// <summary>What the watch of one kind needs.</summary>
    /// <typeparam name="TStub">The list item.</typeparam>
    /// <typeparam name="TItem">The watched object.</typeparam>
    /// <param name="Name">The kind's name, part of the shared query's key.</param>
    /// <param name="ReadOne">One read of the object (blocking when the query says so).</param>
    /// <param name="WatchList">The blocking watch of the kind's list.</param>
    /// <param name="StubId">A list item's ID.</param>
    /// <param name="StubVersion">A list item's <c>ModifyIndex</c>.</param>
    /// <param name="ItemVersion">The object's <c>ModifyIndex</c>.</param>
    /// <param name="FromStub">The object when the list item is the object itself (deployments); null when it must be read.</param>
    internal sealed record Kind<TStub, TItem>(
        string Name,
        Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<TItem>>> ReadOne,
        Func<NomadWatchOptions, CancellationToken, IAsyncEnumerable<NomadResponse<IReadOnlyList<TStub>>>> WatchList,
        Func<TStub, string?> StubId,
        Func<TStub, ulong?> StubVersion,
        Func<TItem, ulong?> ItemVersion,
        Func<TStub, TItem>? FromStub)
        where TStub : class
        where TItem : class;

    public static async IAsyncEnumerable<NomadResponse<TItem?>> WatchAsync<TStub, TItem>(
        object client,
        string id,
        Kind<TStub, TItem> kind,
        NomadWatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TStub : class
        where TItem : class
    {
        var budget = WatchBudget.Of(client);
        var shareable = WatchBudget.IsShareable(options);
        if (!shareable || budget.TryEnterDirect())
        {
            try
            {
                await foreach (var state in NomadWatch.CreateForObjectLogged(kind.ReadOne, options, NomadWatchLog.Of(client), cancellationToken).ConfigureAwait(false))
                {
                    yield return state;
                }
            }
            finally
            {
                if (shareable)
                {
                    budget.ExitDirect();
                }
            }

            yield break;
        }

        var place = options.Query;
        var hub = budget.Hub(
            new WatchBudget.HubKey(kind.Name, place?.Namespace, place?.Region, options.AllowStale || place?.AllowStale == true),
            () => new SharedListWatch<TStub>(kind.WatchList, kind.StubId, kind.StubVersion, options));
        var yielded = false;
        ulong? lastVersion = null;
        var lastPresent = false;
        await foreach (var stub in hub.SubscribeAsync(id, cancellationToken).ConfigureAwait(false))
        {
            NomadResponse<TItem?> state;
            if (stub.Value is null)
            {
                state = new NomadResponse<TItem?>(null, stub.Meta);
            }
            else if (kind.FromStub is { } fromStub)
            {
                state = new NomadResponse<TItem?>(fromStub(stub.Value), stub.Meta);
            }
            else
            {
                state = await ReadChangedAsync(kind, stub.Meta, options, cancellationToken).ConfigureAwait(false);
            }

            var present = state.Value is not null;
            var version = state.Value is null ? null : kind.ItemVersion(state.Value);
            if (yielded && present == lastPresent && version == lastVersion)
            {
                continue; // the read already showed this version (it saw the change before the list did): never repeat
            }

            yielded = true;
            lastPresent = present;
            lastVersion = version;
            yield return state;
        }
    }

    /// <summary>
    /// A plain read of an object the shared list says changed; a 404 is its absence; transient failures back off (on the
    /// watch's clock) and try again, as a watch of its own would.
    /// </summary>
    private static async Task<NomadResponse<TItem?>> ReadChangedAsync<TStub, TItem>(
        Kind<TStub, TItem> kind, NomadQueryMeta listMeta, NomadWatchOptions options, CancellationToken cancellationToken)
        where TStub : class
        where TItem : class
    {
        var backoff = new ExponentialBackoff(options.ErrorBackoffInitial, options.ErrorBackoffMax);
        while (true)
        {
            var query = options.Query?.Clone() ?? new NomadQueryOptions();
            query.WaitIndex = null;
            query.WaitTime = null;
            query.AllowStale |= options.AllowStale;
            try
            {
                var read = await kind.ReadOne(query, cancellationToken).ConfigureAwait(false);
                return new NomadResponse<TItem?>(read.Value, read.Meta);
            }
            catch (NomadApiException e) when (e.Kind == ApiErrorKind.NotFound)
            {
                return new NomadResponse<TItem?>(null, e.Meta.LastIndex > 0 ? e.Meta : listMeta);
            }
            catch (Exception e) when (BlockingWatch<TItem>.IsTransient(e, cancellationToken))
            {
                var delay = backoff.Next();
                options.OnTransientError?.Invoke(e, delay);
                await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>
/// One blocking query of a list (e.g. <c>GET /v1/deployments?index=…</c>) shared by many per-object watches: each
/// answer is split by ID and every subscriber whose object changed (its <c>ModifyIndex</c>, or it appeared or went away)
/// receives its new state. Runs while it has subscribers; memory is the last list plus one pending state per subscriber.
/// </summary>
/// <typeparam name="TItem">The list item, which is the watched object itself.</typeparam>
internal sealed class SharedListWatch<TItem>
    where TItem : class
{
    private readonly Func<NomadWatchOptions, CancellationToken, IAsyncEnumerable<NomadResponse<IReadOnlyList<TItem>>>> _watchList;
    private readonly Func<TItem, string?> _id;
    private readonly Func<TItem, ulong?> _version;
    private readonly NomadWatchOptions _options;
    private readonly object _gate = new();
    private readonly HashSet<Subscriber> _subscribers = [];
    private Dictionary<string, TItem>? _latest;
    private NomadQueryMeta? _latestMeta;
    private CancellationTokenSource? _running;

    public SharedListWatch(
        Func<NomadWatchOptions, CancellationToken, IAsyncEnumerable<NomadResponse<IReadOnlyList<TItem>>>> watchList,
        Func<TItem, string?> id,
        Func<TItem, ulong?> version,
        NomadWatchOptions options)
    {
        _watchList = watchList;
        _id = id;
        _version = version;
        _options = options;
    }

    /// <summary>Subscribers now; for tests.</summary>
    internal int Subscribers
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>The states of one object: the current one first (null while it is not in the list), then each change.</summary>
    public async IAsyncEnumerable<NomadResponse<TItem?>> SubscribeAsync(string id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = new Subscriber(id);
        lock (_gate)
        {
            _subscribers.Add(subscriber);
            if (_latest is { } latest)
            {
                subscriber.Offer(latest.GetValueOrDefault(id), _latestMeta!, _version);
            }

            if (_running is null)
            {
                _running = new CancellationTokenSource();
                _ = RunAsync(_running.Token);
            }
        }

        try
        {
            while (true)
            {
                var next = await subscriber.States.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (next.Error is { } error)
                {
                    throw error;
                }

                yield return next.State!;
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(subscriber);
                if (_subscribers.Count == 0 && _running is { } running)
                {
                    // The last subscriber left: stop the list query (it runs again for the next one).
                    _running = null;
                    _latest = null;
                    _latestMeta = null;
                    running.Cancel();
                    running.Dispose();
                }
            }
        }
    }

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var answer in _watchList(_options, stop).ConfigureAwait(false))
            {
                var byId = new Dictionary<string, TItem>(answer.Value.Count, StringComparer.Ordinal);
                foreach (var item in answer.Value)
                {
                    if (_id(item) is { } id)
                    {
                        byId[id] = item;
                    }
                }

                lock (_gate)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    _latest = byId;
                    _latestMeta = answer.Meta;
                    foreach (var subscriber in _subscribers)
                    {
                        subscriber.Offer(byId.GetValueOrDefault(subscriber.Id), answer.Meta, _version);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // A failure that does not heal (401, 403, an unreadable answer) ends every subscriber's watch with it, as it
            // ends a watch of its own; the next subscriber starts the list query again.
            lock (_gate)
            {
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Fail(e);
                }

                if (_running is { } running && running.Token == stop)
                {
                    _running = null;
                    _latest = null;
                    _latestMeta = null;
                    running.Dispose();
                }
            }
        }
    }

    private readonly record struct Pending(NomadResponse<TItem?>? State, Exception? Error);

    /// <summary>One watch of one object: the last version it was given, and its next state (only the newest is kept).</summary>
    private sealed class Subscriber(string id)
    {
        private bool _offered;
        private bool _present;
        private ulong? _version;

        public string Id { get; } = id;

        public Channel<Pending> States { get; } = Channel.CreateBounded<Pending>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        /// <summary>Queues the object's state if it is the first, or changed since the last one offered. Called under the hub's lock.</summary>
        public void Offer(TItem? item, NomadQueryMeta meta, Func<TItem, ulong?> version)
        {
            var present = item is not null;
            var itemVersion = item is null ? null : version(item);
            if (_offered && present == _present && itemVersion == _version)
            {
                return;
            }

            _offered = true;
            _present = present;
            _version = itemVersion;
            States.Writer.TryWrite(new Pending(new NomadResponse<TItem?>(item, meta), null));
        }

        public void Fail(Exception error) => States.Writer.TryWrite(new Pending(null, error));
    }
}
