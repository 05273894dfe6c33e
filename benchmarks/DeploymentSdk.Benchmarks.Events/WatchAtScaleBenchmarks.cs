using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Events;

/// <summary>
/// N concurrent <c>Deployments.WatchAsync(id)</c> consumers on one client, then one Raft change that completes every
/// deployment: how long from the change until each consumer observes it (p50/p99/max), and how many connections the
/// client opened to the server (Nomad closes those beyond 100 per client IP by default). The server holds blocking
/// queries (<c>index</c>/<c>wait</c>) for real, for the deployment and the deployment list endpoints. Latency and
/// connections are printed by <see cref="Cleanup"/>.
/// </summary>
public class WatchAtScaleBenchmarks
{
    private readonly object _gate = new();
    private readonly List<double> _latenciesMs = [];
    private string[] _ids = [];
    private Dictionary<string, string> _status = [];
    private CountingServer _server = null!;
    private ulong _index = 10;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _operations;

    /// <summary>How many deployments are watched at once.</summary>
    [Params(1000)]
    public int Watches { get; set; }

    /// <summary>The client's connection limit, which the watch budget is derived from (min(3, M / 8) direct watches).</summary>
    [Params(32, 4)]
    public int MaxConnectionsPerServer { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ids = Enumerable.Range(0, Watches).Select(i => string.Create(CultureInfo.InvariantCulture, $"dd000000-0000-4000-8000-{i:D12}")).ToArray();
        _status = _ids.ToDictionary(id => id, _ => "running");
        _server = new CountingServer(AnswerAsync);
    }

    /// <summary>Start N watches, wait for every first state, complete every deployment in one change, wait until all saw it.</summary>
    [Benchmark]
    public async Task<int> ThousandWatchesOneChange()
    {
        _operations++;
        SetAll("running");
        using var client = NomadClient.Create(o =>
        {
            o.Address = new Uri(_server.Url!);
            o.MaxConnectionsPerServer = MaxConnectionsPerServer;
        });
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new NomadWatchOptions { WaitTime = TimeSpan.FromSeconds(30) };
        var firstSeen = 0;
        var allFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long changedAt = 0;
        var consumers = _ids.Select(id => Task.Run(async () =>
        {
            await foreach (var state in client.Deployments.WatchAsync(id, options, stop.Token))
            {
                if (state.Value?.Status == DeploymentStatus.Successful)
                {
                    return Stopwatch.GetElapsedTime(Volatile.Read(ref changedAt)).TotalMilliseconds;
                }

                if (Interlocked.Increment(ref firstSeen) == _ids.Length)
                {
                    allFirst.TrySetResult();
                }
            }

            return double.NaN;
        })).ToArray();

        await allFirst.Task.WaitAsync(stop.Token);
        Volatile.Write(ref changedAt, Stopwatch.GetTimestamp());
        SetAll("successful");
        var latencies = await Task.WhenAll(consumers);
        lock (_gate)
        {
            _latenciesMs.AddRange(latencies);
        }

        return latencies.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _latenciesMs.Order()];
        }

        if (sorted.Length > 0)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"// WatchAtScale: {Watches} watches, MaxConnectionsPerServer {MaxConnectionsPerServer}, x {_operations} operations: change-to-observation p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms; {_server.Connections} connections in all ({(double)_server.Connections / _operations:0.#} per operation, each with a new client), {_server.Requests} requests ({(double)_server.Requests / _operations:0.#} per operation)"));
        }

        _server.Dispose();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private void SetAll(string status)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _index++;
            foreach (var id in _ids)
            {
                _status[id] = status;
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private async Task AnswerAsync(System.Net.Sockets.NetworkStream stream, string target, CancellationToken stopping)
    {
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? target : target[..question];
        ulong waitIndex = 0;
        foreach (var pair in (question < 0 ? string.Empty : target[(question + 1)..]).Split('&'))
        {
            if (pair.StartsWith("index=", StringComparison.Ordinal))
            {
                waitIndex = ulong.Parse(pair["index=".Length..], CultureInfo.InvariantCulture);
            }
        }

        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (waitIndex == 0 || _index > waitIndex)
                {
                    break;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(TimeSpan.FromSeconds(30), stopping).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        string body;
        ulong index;
        lock (_gate)
        {
            index = _index;
            body = path == "/v1/deployments"
                ? "[" + string.Join(",", _status.Select(d => Deployment(d.Key, d.Value, index))) + "]"
                : Deployment(path["/v1/deployment/".Length..], _status[path["/v1/deployment/".Length..]], index);
        }

        await stream.WriteAsync(CountingServer.Response(body, index), stopping);
    }

    private static string Deployment(string id, string status, ulong index) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"ID":"{{id}}","Namespace":"default","JobID":"web","Status":"{{status}}","CreateIndex":1,"ModifyIndex":{{index}}}""");
}
