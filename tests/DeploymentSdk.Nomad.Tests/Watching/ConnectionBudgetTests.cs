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
        Assert.InRange(server.MaxOpen, 1, WatchBudget.DirectWatchesFor(ApiClientOptions.DefaultMaxConnectionsPerServer) + 1);
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

    [Fact]
    public void The_budget_follows_the_clients_connection_limit()
    {
        Assert.Equal(3, WatchBudget.DirectWatchesFor(32));
        Assert.Equal(3, WatchBudget.DirectWatchesFor(100));
        Assert.Equal(2, WatchBudget.DirectWatchesFor(16));
        Assert.Equal(1, WatchBudget.DirectWatchesFor(8));
        Assert.Equal(0, WatchBudget.DirectWatchesFor(4));

        using var small = NomadClient.Create(o => o.MaxConnectionsPerServer = 4, static _ => null);
        using var usual = NomadClient.Create(null, static _ => null);
        var budget = WatchBudget.Of(small.Deployments);
        Assert.Equal(4, budget.MaxConnectionsPerServer);
        Assert.Equal(0, budget.DirectWatches);
        Assert.Same(budget, WatchBudget.Of(small.Allocations)); // one budget for every kind of one registration
        Assert.Same(budget, WatchBudget.Of(small.Jobs));
        Assert.Equal(3, WatchBudget.Of(usual.Deployments).DirectWatches);
        Assert.NotSame(budget, WatchBudget.Of(usual.Deployments));
    }

    [Fact]
    public async Task Two_hundred_watches_under_a_limit_of_four_connections_see_their_change_and_leave_room_for_other_calls()
    {
        const int Consumers = 200;
        await using var server = new ConnectionLimitedNomadServer(limit: 4);
        var ids = Enumerable.Range(0, Consumers).Select(Id).ToList();
        server.Set(ids, "running");
        using var nomad = server.CreateClient(o => o.MaxConnectionsPerServer = 4);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new NomadWatchOptions { WaitTime = TimeSpan.FromSeconds(30), MinimumInterval = TimeSpan.FromMilliseconds(20) };

        var seen = await WatchAllAsync(ids, id => nomad.Deployments.WatchAsync(id, options, stop.Token), d => d?.Status?.Value, "successful", stop.Token, async () =>
        {
            // Every watch is waiting: an ordinary call still gets a connection (the watches hold one, not all four).
            var read = await nomad.Deployments.GetAsync(ids[0], cancellationToken: stop.Token);
            Assert.Equal("running", read.Value.Status?.Value);
            server.Set(ids, "successful");
        });

        Assert.All(seen, states => Assert.Equal(["running", "successful"], states));
        Assert.Equal(0, server.Refused);
        Assert.InRange(server.MaxOpen, 1, 4);
        // Under 8 connections every watch shares: one list query holds one connection whatever the number of watches.
        Assert.Equal(1, server.MaxHeld);
        Assert.Equal(1, server.ItemRequests); // the one ordinary read; no watch read its deployment on its own
    }

    [Fact]
    public async Task Allocation_watches_share_one_list_query_and_read_a_changed_allocation_once()
    {
        const int Consumers = 200;
        await using var server = new ConnectionLimitedNomadServer(limit: 100);
        var ids = Enumerable.Range(0, Consumers).Select(Id).ToList();
        server.Set(ids, "running", "allocation");
        server.Set(["ffffffff-0000-4000-8000-000000000000"], "running", "allocation"); // an allocation nobody watches
        using var nomad = server.CreateClient();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new NomadWatchOptions { WaitTime = TimeSpan.FromSeconds(10), MinimumInterval = TimeSpan.FromMilliseconds(20) };

        var seen = await WatchAllAsync(ids, id => nomad.Allocations.WatchAsync(id, options, stop.Token), a => a?.ClientStatus?.Value, "complete", stop.Token, () =>
        {
            server.Set(ids, "complete", "allocation");
            return Task.CompletedTask;
        });

        Assert.All(seen, states => Assert.Equal(["running", "complete"], states));
        Assert.Equal(0, server.Refused);
        Assert.InRange(server.MaxHeld, 1, WatchBudget.DirectWatchesFor(ApiClientOptions.DefaultMaxConnectionsPerServer) + 1);
        // 197 shared watches read their allocation twice (its first state, its change); 3 direct ones a few times each.
        Assert.InRange(server.ItemRequests, Consumers, (2 * Consumers) + 12);
        Assert.InRange(server.ListRequests, 2, 6);
    }

    [Fact]
    public async Task Deployment_allocation_and_job_watches_share_one_budget_of_direct_watches_per_client()
    {
        const int PerKind = 50;
        await using var server = new ConnectionLimitedNomadServer(limit: 100);
        var ids = Enumerable.Range(0, PerKind).Select(Id).ToList();
        var jobIds = ids.Select(id => "job-" + id).ToList();
        server.Set(ids, "running");
        server.Set(ids, "running", "allocation");
        server.Set(jobIds, "running", "job");
        using var nomad = server.CreateClient(o => o.MaxConnectionsPerServer = 16); // 2 direct watches
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new NomadWatchOptions { WaitTime = TimeSpan.FromSeconds(10), MinimumInterval = TimeSpan.FromMilliseconds(20) };

        // Each kind's consumers signal once all have their first state; the changes come after all three did.
        var first = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var deployments = WatchAllAsync(ids, id => nomad.Deployments.WatchAsync(id, options, stop.Token), d => d?.Status?.Value, "successful", stop.Token, () => Signal(first[0]));
        var allocations = WatchAllAsync(ids, id => nomad.Allocations.WatchAsync(id, options, stop.Token), a => a?.ClientStatus?.Value, "complete", stop.Token, () => Signal(first[1]));
        var jobs = WatchAllAsync(jobIds, id => nomad.Jobs.WatchAsync(id, options, stop.Token), j => j?.Status?.Value, "dead", stop.Token, () => Signal(first[2]));
        await Task.WhenAll(first.Select(f => f.Task)).WaitAsync(TimeSpan.FromSeconds(30));
        server.Set(ids, "successful");
        server.Set(ids, "complete", "allocation");
        server.Set(jobIds, "dead", "job");

        foreach (var (seen, last) in new[] { (await deployments, "successful"), (await allocations, "complete"), (await jobs, "dead") })
        {
            Assert.All(seen, states => Assert.Equal(["running", last], states));
        }

        // 2 direct watches in all, plus one list query per kind.
        Assert.InRange(server.MaxHeld, 1, 2 + 3);
        Assert.Equal(0, server.Refused);

        static Task Signal(TaskCompletionSource done)
        {
            done.TrySetResult();
            return Task.CompletedTask;
        }
    }

    /// <summary>Runs one consumer per ID until it sees <paramref name="last"/>; <paramref name="change"/> runs once every consumer saw its first state.</summary>
    private static async Task<List<string?>[]> WatchAllAsync<T>(
        IReadOnlyList<string> ids,
        Func<string, IAsyncEnumerable<NomadResponse<T?>>> watch,
        Func<T?, string?> status,
        string last,
        CancellationToken cancellationToken,
        Func<Task> change)
        where T : class
    {
        var firstSeen = 0;
        var allFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumers = ids.Select(id => Task.Run(async () =>
        {
            var states = new List<string?>();
            await foreach (var state in watch(id).WithCancellation(cancellationToken))
            {
                states.Add(status(state.Value));
                if (states.Count == 1 && Interlocked.Increment(ref firstSeen) == ids.Count)
                {
                    allFirst.TrySetResult();
                }

                if (status(state.Value) == last)
                {
                    return states;
                }
            }

            return states;
        })).ToList();

        await allFirst.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await change();
        return await Task.WhenAll(consumers).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }
}
