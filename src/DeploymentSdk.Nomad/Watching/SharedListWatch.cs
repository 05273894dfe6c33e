using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace DeploymentSdk.Nomad;

/// <summary>
/// The connection budget of per-object watches. Nomad speaks HTTP/1.1 only, so a blocking query holds one connection
/// for up to its wait, and Nomad closes every connection beyond 100 per client IP by default
/// (<c>limits.http_max_conns_per_client</c>). Per client instance and resource kind, the first
/// <see cref="DirectWatchesPerKind"/> watches are blocking queries of their own object; further ones share ONE blocking
/// query of the kind's list, whose answers are fanned out to them by ID.
/// </summary>
internal sealed class WatchBudget
{
    /// <summary>The connection limit this budget fits in when the client sets none: the SDK's default per server.</summary>
    internal const int DefaultMaxConnectionsPerServer = 32;

    private static readonly ConditionalWeakTable<object, WatchBudget> Budgets = new();

    private readonly object _gate = new();
    private readonly Dictionary<HubKey, object> _hubs = [];
    private int _direct;

    private WatchBudget(int maxConnectionsPerServer)
    {
        DirectWatchesPerKind = DirectWatchesFor(maxConnectionsPerServer);
    }

    /// <summary>Per-object watches of one kind that run as their own blocking query before the rest share one list query.</summary>
    public int DirectWatchesPerKind { get; }

    /// <summary>The budget of one client instance (watches started through the same instance share it).</summary>
    /// <param name="client">The resource client the watches are started through.</param>
    /// <param name="maxConnectionsPerServer">The client's connection limit per server, when known.</param>
    public static WatchBudget For(object client, int maxConnectionsPerServer = DefaultMaxConnectionsPerServer) =>
        Budgets.GetValue(client, _ => new WatchBudget(maxConnectionsPerServer));

    /// <summary>
    /// 3 direct watches under the default limit of 32 (3 + 1 shared list query: 4 connections for any number of
    /// watches of one kind); fewer under a smaller limit, never fewer than 1, so an eighth of the limit at most.
    /// </summary>
    internal static int DirectWatchesFor(int maxConnectionsPerServer) => Math.Clamp(maxConnectionsPerServer / 8, 1, 3);

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
            if (_direct >= DirectWatchesPerKind)
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
