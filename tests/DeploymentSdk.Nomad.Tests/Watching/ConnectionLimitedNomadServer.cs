using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DeploymentSdk.Nomad.Tests.Events;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>
/// A loopback Nomad that serves deployments, allocations and jobs with real blocking queries (<c>GET /v1/deployments</c>
/// and <c>GET /v1/deployment/:id</c>, the same for <c>allocation</c> and <c>job</c>, with <c>index</c> and <c>wait</c>) and enforces Nomad's default
/// <c>limits.http_max_conns_per_client = 100</c>: a connection beyond the limit is closed at once, as Nomad does.
/// </summary>
internal sealed class ConnectionLimitedNomadServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private readonly object _gate = new();
    private readonly Dictionary<(string Kind, string Id), (string Status, ulong ModifyIndex)> _objects = [];
    private readonly List<Task> _connections = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ulong _index = 1;
    private int _open;
    private int _maxOpen;
    private int _refused;
    private int _requests;
    private int _listRequests;
    private int _itemRequests;
    private int _held;
    private int _maxHeld;

    public ConnectionLimitedNomadServer(int limit = 100)
    {
        Limit = limit;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(backlog: 4096);
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    public int Limit { get; }

    public string Url { get; }

    /// <summary>The most connections open at once.</summary>
    public int MaxOpen => Volatile.Read(ref _maxOpen);

    /// <summary>Connections closed at once because the limit was reached.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The most blocking queries held at once (each holds its connection until it answers).</summary>
    public int MaxHeld => Volatile.Read(ref _maxHeld);

    /// <summary>List requests of any kind.</summary>
    public int ListRequests => Volatile.Read(ref _listRequests);

    /// <summary>Reads of one object of any kind.</summary>
    public int ItemRequests => Volatile.Read(ref _itemRequests);

    public NomadClient CreateClient(Action<NomadClientOptions>? configure = null) =>
        NomadClient.Create(
            o =>
            {
                o.Address = new Uri(Url!);
                o.Token = NomadTestServer.Token;
                configure?.Invoke(o);
            },
            static _ => null);

    /// <summary>Sets objects' status in one Raft change: one new index, blocking queries above the old one answer.</summary>
    /// <param name="ids">The objects.</param>
    /// <param name="status">Their new status.</param>
    /// <param name="kind"><c>deployment</c>, <c>allocation</c> or <c>job</c>.</param>
    public void Set(IEnumerable<string> ids, string status, string kind = "deployment")
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _index++;
            foreach (var id in ids)
            {
                _objects[(kind, id)] = (status, _index);
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        Task[] connections;
        lock (_gate)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stopping.Token);
            var open = Interlocked.Increment(ref _open);
            if (open > Limit)
            {
                // Nomad's connection limiter: the connection is closed before a byte is read.
                Interlocked.Decrement(ref _open);
                Interlocked.Increment(ref _refused);
                socket.Close(0);
                continue;
            }

            InterlockedMax(ref _maxOpen, open);
            var task = Task.Run(() => ServeAsync(socket));
            lock (_gate)
            {
                _connections.Add(task);
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var request = await LoopbackRequest.ReadAsync(stream, _stopping.Token);
                if (request is null)
                {
                    return;
                }

                Interlocked.Increment(ref _requests);
                var exchange = new LoopbackExchange(request, stream, socket, _stopping.Token);
                await AnswerAsync(exchange);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private async Task AnswerAsync(LoopbackExchange x)
    {
        var waitIndex = x.Request.QueryValue("index") is { } i ? ulong.Parse(i, CultureInfo.InvariantCulture) : 0UL;
        var wait = x.Request.QueryValue("wait") is { } w ? TimeSpan.FromMilliseconds(double.Parse(w.TrimEnd('m', 's'), CultureInfo.InvariantCulture)) : TimeSpan.Zero;
        var blocking = waitIndex > 0 && wait > TimeSpan.Zero;
        if (blocking)
        {
            InterlockedMax(ref _maxHeld, Interlocked.Increment(ref _held));
        }

        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (waitIndex == 0 || _index > waitIndex || wait <= TimeSpan.Zero)
                {
                    break;
                }

                changed = _changed.Task;
            }

            var waited = await Task.WhenAny(changed, Task.Delay(wait, x.Stopping));
            if (waited != changed)
            {
                break;
            }
        }

        if (blocking)
        {
            Interlocked.Decrement(ref _held);
        }

        string body;
        int status = 200;
        ulong index;
        lock (_gate)
        {
            index = _index;
            var path = x.Request.Path;
            var kind = path.StartsWith("/v1/deployment", StringComparison.Ordinal) ? "deployment"
                : path.StartsWith("/v1/allocation", StringComparison.Ordinal) ? "allocation"
                : "job";
            if (path == $"/v1/{kind}s")
            {
                Interlocked.Increment(ref _listRequests);
                body = "[" + string.Join(",", _objects.Where(o => o.Key.Kind == kind).Select(o => Json(kind, o.Key.Id, o.Value.Status, o.Value.ModifyIndex))) + "]";
            }
            else if (path.StartsWith($"/v1/{kind}/", StringComparison.Ordinal)
                && _objects.TryGetValue((kind, path[$"/v1/{kind}/".Length..]), out var d))
            {
                Interlocked.Increment(ref _itemRequests);
                body = Json(kind, path[$"/v1/{kind}/".Length..], d.Status, d.ModifyIndex);
            }
            else
            {
                Interlocked.Increment(ref _itemRequests);
                status = 404;
                body = $"{kind} not found";
            }
        }

        await x.RespondAsync(status, body, ("Content-Type", "application/json"), ("X-Nomad-Index", index.ToString(CultureInfo.InvariantCulture)), ("X-Nomad-KnownLeader", "true"));
    }

    private static string Json(string kind, string id, string status, ulong modifyIndex) => kind switch
    {
        "deployment" => string.Create(CultureInfo.InvariantCulture, $$"""{"ID":"{{id}}","Namespace":"default","JobID":"web","Status":"{{status}}","CreateIndex":1,"ModifyIndex":{{modifyIndex}}}"""),
        "allocation" => string.Create(CultureInfo.InvariantCulture, $$"""{"ID":"{{id}}","Namespace":"default","JobID":"web","ClientStatus":"{{status}}","CreateIndex":1,"ModifyIndex":{{modifyIndex}}}"""),
        _ => string.Create(CultureInfo.InvariantCulture, $$"""{"ID":"{{id}}","Name":"{{id}}","Namespace":"default","Type":"service","Status":"{{status}}","CreateIndex":1,"ModifyIndex":{{modifyIndex}}}"""),
    };

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
