using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Events;

/// <summary>
/// Following 1,000 deployments: one event-stream subscription against 1,000 blocking queries (one round, each answered
/// with one change). Requests and connections are counted by the server; allocated bytes are printed, not asserted.
/// </summary>
public sealed class EventStreamVsBlockingQueriesTests(ITestOutputHelper output)
{
    private const int DeploymentCount = 1000;
    private const int EventsPerBatch = 10;

    private static readonly string[] Ids = Enumerable.Range(0, DeploymentCount).Select(i => $"{i:x8}-5c19-193e-30d6-f9d6e689ab8e").ToArray();

    [Fact]
    public async Task One_subscription_follows_1000_deployments_with_one_request_and_one_connection_where_blocking_queries_need_1000_requests()
    {
        // Everything the servers write is encoded before measuring, so the allocations are mostly the client's.
        var streamChunks = new List<byte[]> { LoopbackExchange.EncodeChunk(EventFrames.Heartbeat + "\n") };
        for (var start = 0; start < DeploymentCount; start += EventsPerBatch)
        {
            var index = (ulong)(100 + start);
            var events = Ids.Skip(start).Take(EventsPerBatch).Select(id => EventFrames.Deployment(id, index, "successful")).ToArray();
            streamChunks.Add(LoopbackExchange.EncodeChunk(EventFrames.Batch(index, events) + "\n"));
        }

        var answers = Ids.ToDictionary(
            id => "/v1/deployment/" + id,
            id => LoopbackExchange.EncodeResponse(
                EventFrames.Compact($$"""{"ID":"{{id}}","Namespace":"default","JobID":"example","Status":"successful","StatusDescription":"Deployment completed successfully","ModifyIndex":2000}"""),
                ("X-Nomad-Index", "2000")));

        // The event stream.
        await using (var server = new LoopbackHttpServer(async x =>
        {
            await x.StartChunkedAsync();
            foreach (var chunk in streamChunks)
            {
                await x.RawAsync(chunk);
            }

            await x.WaitForClientCloseAsync();
        }))
        {
            using var nomad = server.CreateClient();
            var follower = nomad.Events.CreateFollower(new NomadEventStreamOptions().AddTopic(NomadEventTopic.Deployment));
            foreach (var id in Ids)
            {
                follower.Follow(id);
            }

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var done = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var e in follower.ReadAllAsync(EventFrames.Safety()))
            {
                if (e.Deployment!.Status == DeploymentStatus.Successful)
                {
                    done.Add(e.Key);
                }

                if (done.Count == DeploymentCount)
                {
                    break;
                }
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Assert.Equal(DeploymentCount, done.Count);
            Assert.Equal(1, server.Requests);
            Assert.Equal(1, server.Connections);
            output.WriteLine($"event stream, 1 follower of {DeploymentCount} deployments: requests={server.Requests} connections={server.Connections} allocated={allocated:N0} bytes");
        }

        // 1,000 blocking queries, each held briefly by the server and answered with the change.
        await using (var server = new LoopbackHttpServer(async x =>
        {
            await Task.Delay(100, x.Stopping);
            await x.RawAsync(answers[x.Request.Path]);
        }))
        {
            using var nomad = server.CreateClient();
            var query = new NomadQueryOptions { WaitIndex = 1000, WaitTime = TimeSpan.FromSeconds(30) };

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var results = new ConcurrentBag<Deployment>();
            await Task.WhenAll(Ids.Select(async id => results.Add(await nomad.Deployments.GetAsync(id, query))));
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            Assert.Equal(DeploymentCount, results.Count(d => d.Status == DeploymentStatus.Successful));
            Assert.Equal(DeploymentCount, server.Requests);
            Assert.True(server.Connections > 1, $"{server.Connections} connections");
            Assert.All(server.Received, r => Assert.Equal("1000", r.QueryValue("index")));
            output.WriteLine($"blocking queries, {DeploymentCount} concurrent watches (one round): requests={server.Requests} connections={server.Connections} allocated={allocated:N0} bytes");
        }
    }
}
