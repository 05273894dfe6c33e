using BenchmarkDotNet.Attributes;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Events;

/// <summary>
/// Following N deployments until each reports one change: one event-stream follower against N concurrent blocking
/// queries (<c>GET /v1/deployment/:id?index=…</c>, held briefly by the server). Allocated bytes come from the memory
/// diagnoser (the lean in-process server's share is small); requests and connections per operation are printed by
/// <see cref="Cleanup"/>.
/// </summary>
[MemoryDiagnoser]
public class EventStreamVsWatchBenchmarks
{
    private const int EventsPerBatch = 10;

    private string[] _ids = [];
    private CountingServer _streamServer = null!;
    private CountingServer _blockingServer = null!;
    private NomadClient _streamClient = null!;
    private NomadClient _blockingClient = null!;
    private int _operations;

    /// <summary>How many deployments are followed.</summary>
    [Params(1000)]
    public int Deployments { get; set; }

    /// <summary>How long the server holds each blocking query before answering.</summary>
    [Params(50)]
    public int HoldMilliseconds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ids = Enumerable.Range(0, Deployments).Select(i => $"{i:x8}-5c19-193e-30d6-f9d6e689ab8e").ToArray();

        var chunks = new List<byte[]> { CountingServer.ChunkedHead, CountingServer.Chunk("{}\n") };
        for (var start = 0; start < _ids.Length; start += EventsPerBatch)
        {
            var index = (ulong)(100 + start);
            var events = string.Join(",", _ids.Skip(start).Take(EventsPerBatch).Select(id =>
                $$"""{"Topic":"Deployment","Type":"DeploymentStatusUpdate","Key":"{{id}}","Namespace":"default","FilterKeys":["example"],"Index":{{index}},"Payload":{"Deployment":""" + Deployment(id, index) + "}}"));
            chunks.Add(CountingServer.Chunk($$"""{"Index":{{index}},"Events":[{{events}}]}""" + "\n"));
        }

        _streamServer = new CountingServer(async (stream, _, stopping) =>
        {
            foreach (var chunk in chunks)
            {
                await stream.WriteAsync(chunk, stopping);
            }

            // Hold the subscription open until the client leaves, as Nomad does; then end this connection.
            var sink = new byte[64];
            while (await stream.ReadAsync(sink, stopping) > 0)
            {
            }

            throw new IOException("client closed");
        });

        var answers = _ids.ToDictionary(id => "/v1/deployment/" + id, id => CountingServer.Response(Deployment(id, 2000), 2000));
        _blockingServer = new CountingServer(async (stream, target, stopping) =>
        {
            await Task.Delay(HoldMilliseconds, stopping);
            await stream.WriteAsync(answers[target[..target.IndexOf('?', StringComparison.Ordinal)]], stopping);
        });

        _streamClient = NomadClient.Create(o => o.Address = new Uri(_streamServer.Url!));
        _blockingClient = NomadClient.Create(o => o.Address = new Uri(_blockingServer.Url!));
    }

    [IterationSetup]
    public void CountOperation() => _operations++;

    /// <summary>N concurrent blocking queries, one per deployment, each answered with the change.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> BlockingQueries()
    {
        var query = new NomadQueryOptions { WaitIndex = 1000, WaitTime = TimeSpan.FromSeconds(30) };
        var answers = await Task.WhenAll(_ids.Select(id => _blockingClient.Deployments.GetAsync(id, query)));
        return answers.Count(a => a.Value.Status == DeploymentStatus.Successful);
    }

    /// <summary>One follower of N deployments over one event-stream subscription.</summary>
    [Benchmark]
    public async Task<int> EventStreamFollower()
    {
        var follower = _streamClient.Events.CreateFollower(new NomadEventStreamOptions().AddTopic(NomadEventTopic.Deployment));
        foreach (var id in _ids)
        {
            follower.Follow(id);
        }

        var done = 0;
        await foreach (var e in follower.ReadAllAsync())
        {
            if (e.Deployment?.Status == DeploymentStatus.Successful && ++done == _ids.Length)
            {
                break;
            }
        }

        return done;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (name, server) in new[] { ("BlockingQueries", _blockingServer), ("EventStreamFollower", _streamServer) })
        {
            if (server.Requests > 0)
            {
                Console.WriteLine(
                    $"// {name}: {server.Requests} requests and {server.Connections} connections over {_operations} operations "
                    + $"({(double)server.Requests / _operations:0.#} requests/op; blocking queries reuse pooled connections after the first operation, each subscription opens one)");
            }
        }

        _streamClient.Dispose();
        _blockingClient.Dispose();
        _streamServer.Dispose();
        _blockingServer.Dispose();
    }

    private static string Deployment(string id, ulong index) =>
        $$"""{"ID":"{{id}}","Namespace":"default","JobID":"example","Status":"successful","StatusDescription":"Deployment completed successfully","ModifyIndex":{{index}}}""";
}
