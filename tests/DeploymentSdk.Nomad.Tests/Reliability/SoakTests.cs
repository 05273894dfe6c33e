using System.Globalization;
using DeploymentSdk.Nomad.Tests.Events;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// Thirty simulated days of a watch and an event-stream follower through leader elections, agent restarts that reset
/// the index and bad frames: nothing lost, nothing repeated, memory flat, requests bounded. The watch
/// runs on a fake clock (the simulated server moves it while it holds a blocking query); the stream, which has no
/// clock but its reconnect delay, runs thirty days of traffic as fast as the loopback server writes it.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int Days = 30;

    [Fact]
    public async Task A_watch_runs_thirty_simulated_days_through_elections_and_index_resets()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var start = time.GetUtcNow();
        var server = new SimulatedBlockingServer(time);
        var options = new NomadWatchOptions { TimeProvider = time }; // the defaults: 5 min wait, 1 s pacing, 1 s..1 min backoff
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        var changesSeen = 0;
        var resetsSeen = 0;
        long memoryAtDay2 = 0, memoryAtEnd = 0;
        var lastValue = -1;
        var watching = Task.Run(async () =>
        {
            await foreach (var state in NomadWatch.Create(server.ReadAsync, options, stop.Token))
            {
                var value = int.Parse(state.Value, CultureInfo.InvariantCulture);
                if (value < lastValue)
                {
                    Assert.Fail($"state {value} after {lastValue}: a change went backwards");
                }

                if (state.LastIndex < server.IndexBeforeLastReset && resetsSeen < server.Resets)
                {
                    resetsSeen++;
                }

                // Pacing may fold changes together, never lose the latest: each state is the newest the server had.
                Assert.Equal(server.ValueAt(state.LastIndex), value);
                changesSeen += value == lastValue ? 0 : 1;
                lastValue = value;
                if (memoryAtDay2 == 0 && time.GetUtcNow() - start > TimeSpan.FromDays(2))
                {
                    memoryAtDay2 = GC.GetTotalMemory(forceFullCollection: true);
                }

                if (time.GetUtcNow() - start >= TimeSpan.FromDays(Days))
                {
                    memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
                    return;
                }
            }
        });

        // Moves the clock only while no blocking read is held (the server moves it through a held read itself): the
        // watch's own pacing and backoff delays fire this way.
        while (!watching.IsCompleted)
        {
            if (!server.InRead)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }

            await Task.WhenAny(watching, Task.Delay(1));
        }

        await watching;
        var days = (time.GetUtcNow() - start).TotalDays;
        var retained = memoryAtEnd - memoryAtDay2;
        output.WriteLine(FormattableString.Invariant(
            $"watch soak: {days:F1} simulated days, {server.Changes} changes, {changesSeen} states seen, {server.Requests} requests ({server.Requests / days:F0}/day), {server.Elections} elections, {server.Resets} index resets, {retained} bytes retained from day 2 to the end"));
        Assert.True(days >= Days);
        Assert.Equal(server.Value, lastValue); // the last change is seen
        // One long poll per 5-minute wait or per change (288/day + 144 changes/day), plus 2 failed reads per election and 1 plain read per reset.
        Assert.InRange(server.Requests, 1, (int)(days * (288 + 144 + 24)) + 100);
        Assert.InRange(retained, long.MinValue, 1024 * 1024);
    }

    [Fact]
    public async Task An_event_stream_follower_runs_thirty_days_of_traffic_through_restarts_elections_and_bad_frames()
    {
        const int BatchesPerDay = 200;
        var script = new Queue<string>();
        for (var day = 0; day < Days; day++)
        {
            script.Enqueue("batches:80");
            script.Enqueue("drop");            // a leader election cuts the connection
            script.Enqueue("batches:60");
            script.Enqueue("bad");             // a frame cut in the middle of a proxy
            script.Enqueue("batches:40");
            if (day < Days - 1)
            {
                script.Enqueue("restart");     // the agent restarts with an empty state: its index starts again at 1
            }

            script.Enqueue("batches:20");
        }

        var total = Days * BatchesPerDay;
        var gate = new object();
        var epoch = 0;
        ulong last = 0;
        var history = new Queue<ulong>();
        var connection = 0;
        long consumed = 0; // epoch << 32 | index of the last event the consumer took
        await using var server = new LoopbackHttpServer(async x =>
        {
            // The script moves on only when the consumer has taken what was sent, or has left this connection for a new
            // one (as after it detects a reset): a step is never played to a connection nobody reads.
            var mine = Interlocked.Increment(ref connection);
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            var requested = x.Request.QueryValue("index") is { } i ? ulong.Parse(i, CultureInfo.InvariantCulture) : 0UL;
            List<string> replay;
            lock (gate)
            {
                // Nomad starts at the requested index, at the oldest it buffers when that is gone, and at its newest
                // when the request is past it (as after a restart).
                var from = history.Where(h => h >= requested).ToList();
                if (requested > 0 && from.Count == 0 && history.Count > 0)
                {
                    from = [history.Last()];
                }

                replay = from.Select(h => Line(epoch, h)).ToList();
            }

            foreach (var line in replay)
            {
                await x.ChunkAsync(line + "\n");
            }

            while (true)
            {
                string step;
                lock (gate)
                {
                    if (Volatile.Read(ref connection) != mine || !script.TryDequeue(out step!))
                    {
                        break;
                    }
                }

                if (step.StartsWith("batches:", StringComparison.Ordinal))
                {
                    var count = int.Parse(step["batches:".Length..], CultureInfo.InvariantCulture);
                    for (var n = 0; n < count; n++)
                    {
                        string line;
                        lock (gate)
                        {
                            last++;
                            history.Enqueue(last);
                            if (history.Count > 100)
                            {
                                history.Dequeue(); // Nomad buffers a bounded number of events
                            }

                            line = Line(epoch, last);
                        }

                        await x.ChunkAsync(line + "\n");
                    }

                    long sent;
                    lock (gate)
                    {
                        sent = ((long)epoch << 32) | (long)last;
                    }

                    await LoopbackHttpServer.WaitUntilAsync(() => Volatile.Read(ref consumed) >= sent || Volatile.Read(ref connection) != mine, "the consumer takes the batches");
                }
                else if (step == "drop")
                {
                    await Task.Delay(5);
                    x.Abort();
                    return;
                }
                else if (step == "bad")
                {
                    await x.ChunkAsync("{\"Index\":" + (last + 1).ToString(CultureInfo.InvariantCulture) + ",\"Events\":[{\"Topic\":\"Deploy\n");
                    await x.WaitForClientCloseAsync();
                    return;
                }
                else
                {
                    lock (gate)
                    {
                        epoch++;
                        last = 0;
                        history.Clear();
                    }

                    await Task.Delay(5);
                    x.Abort();
                    return;
                }
            }

            await x.WaitForClientCloseAsync();
        });
        using var nomad = server.CreateClient();
        var follower = nomad.Events.CreateFollower(EventFrames.FastOptions().AddTopic(NomadEventTopic.Deployment));
        follower.Follow("web");

        var events = 0;
        var resets = 0;
        var expectedEpoch = 0;
        ulong expectedIndex = 1;
        long memoryAtDay2 = 0, memoryAtEnd = 0;
        await foreach (var e in follower.ReadAllAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token))
        {
            if (e.Topic == NomadEventTopic.StreamReset)
            {
                resets++;
                expectedEpoch++;
                expectedIndex = 1;
                continue;
            }

            // Every batch of every epoch exactly once, in order: nothing lost, nothing repeated.
            var parts = e.Type.Split('-');
            Assert.Equal((expectedEpoch, expectedIndex), (int.Parse(parts[0], CultureInfo.InvariantCulture), e.Index));
            Volatile.Write(ref consumed, ((long)expectedEpoch << 32) | (long)expectedIndex);
            expectedIndex++;
            events++;
            if (events == 2 * BatchesPerDay)
            {
                memoryAtDay2 = GC.GetTotalMemory(forceFullCollection: true);
            }

            if (events == total)
            {
                memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
                break;
            }
        }

        var retained = memoryAtEnd - memoryAtDay2;
        output.WriteLine(FormattableString.Invariant(
            $"stream soak: {Days} days of traffic, {events} events, {resets} index resets, {server.Requests} requests (connections), {retained} bytes retained from day 2 to the end"));
        Assert.Equal(total, events);
        Assert.Equal(Days - 1, resets);
        // Per day: one reconnect after the election, one after the bad frame, and two for a restart (detect, then resync).
        Assert.InRange(server.Requests, 1, (Days * 4) + 1);
        Assert.InRange(retained, long.MinValue, 1024 * 1024);
    }

    /// <summary>A batch of one deployment event of key <c>web</c>, whose type names the server's epoch (<c>{epoch}-update</c>).</summary>
    internal static string Line(int epoch, ulong index) =>
        EventFrames.Batch(index, EventFrames.Event("Deployment", string.Create(CultureInfo.InvariantCulture, $"{epoch}-update"), "web", index, "{\"Deployment\":{\"ID\":\"web\"}}"));

    /// <summary>
    /// A Nomad object behind a blocking query on a fake clock: changes every 10 simulated minutes, a leader election
    /// (two 500 "No cluster leader" answers) every 6 hours, and an agent restart that resets the index once a day. A held read moves the clock itself, to the
    /// next change or the end of the wait, whichever comes first.
    /// </summary>
    private sealed class SimulatedBlockingServer(FakeTimeProvider time)
    {
        private static readonly TimeSpan ChangeEvery = TimeSpan.FromMinutes(10);
        private readonly DateTimeOffset _start = time.GetUtcNow();
        private readonly object _gate = new();
        private readonly Dictionary<ulong, int> _valueAt = [];
        private ulong _index = 100;
        private int _failuresLeft;
        private int _inRead;
        private DateTimeOffset _nextChange = time.GetUtcNow() + ChangeEvery;
        private DateTimeOffset _nextElection = time.GetUtcNow() + TimeSpan.FromHours(6);
        private DateTimeOffset _nextReset = time.GetUtcNow() + TimeSpan.FromDays(1);

        public int Value { get; private set; }

        public int Changes { get; private set; }

        public int Requests { get; private set; }

        public int Elections { get; private set; }

        public int Resets { get; private set; }

        public ulong IndexBeforeLastReset { get; private set; }

        public bool InRead => Volatile.Read(ref _inRead) == 1;


        public int ValueAt(ulong index)
        {
            lock (_gate)
            {
                return _valueAt[index];
            }
        }

        public async Task<NomadResponse<string>> ReadAsync(NomadQueryOptions query, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _inRead, 1);
            try
            {
                await Task.Yield();
                lock (_gate)
                {
                    Requests++;
                    Catch();
                    if (_failuresLeft > 0)
                    {
                        _failuresLeft--;
                        throw new NomadApiException("Nomad GET /v1/x answered 500: No cluster leader", ApiErrorKind.ServerError, 500, "GET", "/v1/x", "No cluster leader");
                    }

                    if (query.WaitIndex is { } wait && wait > 0 && wait >= _index)
                    {
                        var until = time.GetUtcNow() + (query.WaitTime ?? TimeSpan.FromMinutes(5));
                        var next = Min(_nextChange, Min(_nextElection, _nextReset));
                        time.Advance((next < until ? next : until) - time.GetUtcNow());
                        Catch();
                    }

                    _valueAt[_index] = Value;
                    return new NomadResponse<string>(Value.ToString(CultureInfo.InvariantCulture), new NomadQueryMeta(_index, TimeSpan.Zero, true, null));
                }
            }
            finally
            {
                Interlocked.Exchange(ref _inRead, 0);
            }
        }

        /// <summary>Applies what was due by now.</summary>
        private void Catch()
        {
            var now = time.GetUtcNow();
            while (_nextChange <= now)
            {
                _index++;
                Value++;
                Changes++;
                _valueAt[_index] = Value;
                _nextChange += ChangeEvery;
            }

            if (_nextElection <= now)
            {
                Elections++;
                _failuresLeft = 2;
                _nextElection += TimeSpan.FromHours(6);
            }

            if (_nextReset <= now)
            {
                // The agent restarts with its index at a low value; the object keeps its value (restored from config).
                IndexBeforeLastReset = _index;
                _valueAt.Clear();
                _index = 10;
                _valueAt[_index] = Value;
                Resets++;
                _nextReset += TimeSpan.FromDays(1);
            }

            if (_valueAt.Count > 2_000)
            {
                // Keep the server's own bookkeeping bounded: only recent indexes can be asked about.
                foreach (var old in _valueAt.Keys.Where(k => k < _index - 1_000).ToList())
                {
                    _valueAt.Remove(old);
                }
            }

            _ = _start;
        }

        private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    }
}

/// <summary>The soak tests measure the process's memory, so they run alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Soak (not in parallel)";
}
