using System.Globalization;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>
/// Many <c>Deployments.WatchAsync(id)</c> consumers on one client against a server that, like Nomad by default, closes
/// every connection beyond 100 per client: every consumer sees its change, the server never sees more than the limit.
/// </summary>
public sealed class ConnectionBudgetTests
{
    private static string Id(int n) => string.Create(CultureInfo.InvariantCulture, $"dd000000-0000-4000-8000-{n:D12}");

    [Fact]
    public async Task A_thousand_deployment_watches_see_their_change_within_the_connection_limit()
    {
        const int Consumers = 1_000;
        await using var server = new ConnectionLimitedNomadServer(limit: 100);
        var ids = Enumerable.Range(0, Consumers).Select(Id).ToList();
        server.Set(ids, "running");
        using var nomad = server.CreateClient();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new NomadWatchOptions { WaitTime = TimeSpan.FromSeconds(10), MinimumInterval = TimeSpan.FromMilliseconds(50) };

        var firstSeen = 0;
        var allFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumers = ids.Select(id => Task.Run(async () =>
        {
            var states = new List<string?>();
            await foreach (var state in nomad.Deployments.WatchAsync(id, options, stop.Token))
            {
                Assert.Equal(id, state.Value?.Id);
                states.Add(state.Value?.Status?.Value);
                if (states.Count == 1 && Interlocked.Increment(ref firstSeen) == Consumers)
                {
                    allFirst.TrySetResult();
                }

                if (state.Value?.Status == DeploymentStatus.Successful)
                {
                    return states;
                }
            }

            return states;
        })).ToList();

        await allFirst.Task.WaitAsync(TimeSpan.FromSeconds(30));
        server.Set(ids, "successful"); // one Raft change completes every deployment

        var seen = await Task.WhenAll(consumers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(seen, states => Assert.Equal(["running", "successful"], states));
        Assert.Equal(0, server.Refused);
        Assert.InRange(server.MaxOpen, 1, WatchBudget.DirectWatchesFor(WatchBudget.DefaultMaxConnectionsPerServer) + 1);
        // 3 watches of their own (a plain read, a blocking read, perhaps one more after the change) and one shared list
        // query (a plain read, then one blocking read per change): a handful of requests for a thousand watches.
        Assert.InRange(server.Requests, 4, 20);
    }

    [Fact]
    public async Task Shared_watches_see_a_deployment_appear_and_leave_and_the_list_query_stops_with_the_last_watch()
    {
        await using var server = new ConnectionLimitedNomadServer();
        using var nomad = server.CreateClient();
        var options = new NomadWatchOptions { WaitTime = TimeSpan.FromSeconds(10), MinimumInterval = TimeSpan.FromMilliseconds(20) };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        server.Set([Id(0), Id(1), Id(2)], "running");

        // Three watches take the direct slots; the fourth, of a deployment that does not exist yet, is shared.
        var direct = Enumerable.Range(0, 3).Select(i => nomad.Deployments.WatchAsync(Id(i), options, stop.Token).GetAsyncEnumerator(stop.Token)).ToList();
        foreach (var watch in direct)
        {
            Assert.True(await watch.MoveNextAsync());
        }

        var shared = nomad.Deployments.WatchAsync(Id(7), options, stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await shared.MoveNextAsync());
        Assert.Null(shared.Current.Value);
        Assert.Equal(1, server.ListRequests);

        server.Set([Id(7)], "running");
        Assert.True(await shared.MoveNextAsync());
        Assert.Equal("running", shared.Current.Value!.Status?.Value);
        Assert.Equal(Id(7), shared.Current.Value.Id);

        await shared.DisposeAsync();
        foreach (var watch in direct)
        {
            await watch.DisposeAsync();
        }

        var listRequests = server.ListRequests;
        server.Set([Id(1)], "successful");
        await Task.Delay(200);
        Assert.InRange(server.ListRequests, listRequests, listRequests + 1); // the one in flight may answer; none after
    }
}
