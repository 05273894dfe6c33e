using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Text;
using DeploymentSdk.Nomad.Tests.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// ONE blocking watch, ONE event-stream follower and ONE deploy follower on one client, together, for thirty simulated
/// days on a fake clock, against a simulated Nomad behind the client's real handler chain (credentials, retries, errors):
/// leader elections that make the index jump, agent restarts that reset it, a token rotated every 12 hours (the old one
/// is refused with 403 "ACL token not found"), and bad frames (invalid JSON, invalid UTF-8) in the stream. Asserted by
/// bound: nothing lost, nothing repeated, requests under a computed bound, memory flat from day 1 to day 30.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class CombinedSoakTests(ITestOutputHelper output)
{
    private const int Days = 30;

    [Fact]
    public async Task A_watch_an_event_follower_and_a_deploy_follower_run_thirty_simulated_days_together()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var start = time.GetUtcNow();
        var end = start + TimeSpan.FromDays(Days);
        var nomad = new SimulatedNomad(time);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        var providerCalls = 0;
        NomadServiceCollectionExtensions.AddNomadClient(
            services,
            configuration: null,
            o =>
            {
                o.Address = new Uri(SimulatedNomad.Address);
                o.TokenProvider = _ =>
                {
                    Interlocked.Increment(ref providerCalls);
                    return ValueTask.FromResult<string?>(nomad.IssuedToken);
                };
            },
            static _ => null).ConfigurePrimaryHttpMessageHandler(() => nomad);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<INomadClient>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var watchOptions = new NomadWatchOptions { TimeProvider = time, WaitTime = TimeSpan.FromMinutes(10) };

        // 1. A blocking watch of the job: its version only grows, and the last one is seen.
        var watchStates = 0;
        var changesSeen = 0;
        ulong lastVersion = 0;
        var watching = Task.Run(async () =>
        {
            await foreach (var state in client.Jobs.WatchAsync("web", watchOptions, stop.Token))
            {
                var version = state.Value!.Version!.Value;
                Assert.True(version >= lastVersion, $"version {version} after {lastVersion}: a change went backwards");
                watchStates++;
                changesSeen += version > lastVersion ? 1 : 0;
                lastVersion = version;
                nomad.WatchSaw(version);
            }
        });

        // 2. An event-stream follower: every event of every server epoch exactly once, in order; a reset between epochs.
        var events = 0;
        var resets = 0;
        var streaming = Task.Run(async () =>
        {
            var follower = client.Events.CreateFollower(new NomadEventStreamOptions { HeartbeatTimeout = Timeout.InfiniteTimeSpan }.AddTopic(NomadEventTopic.Deployment));
            follower.Follow("web");
            var epoch = 0;
            ulong last = 0;
            await foreach (var e in follower.ReadAllAsync(stop.Token))
            {
                if (e.Topic == NomadEventTopic.StreamReset)
                {
                    resets++;
                    epoch++;
                    last = 0;
                    continue;
                }

                var eventEpoch = int.Parse(e.Type.Split('-')[0], CultureInfo.InvariantCulture);
                Assert.Equal(epoch, eventEpoch);
                Assert.True(e.Index > last, $"event {e.Index} after {last} in epoch {epoch}: repeated or out of order");
                last = e.Index;
                events++;
                nomad.StreamConsumed(epoch, e.Index);
            }
        });

        // 3. A deploy follower: each deployment, one after the other, followed once to its successful end.
        var deploymentsFollowed = 0;
        var following = Task.Run(async () =>
        {
            for (var n = 1; ; n++)
            {
                var result = await client.Deployments.WaitForCompletionAsync(
                    SimulatedNomad.DeploymentId(n), new NomadFollowOptions { Watch = watchOptions, Diagnose = false }, stop.Token);
                Assert.Equal(NomadDeploymentOutcome.Successful, result.Outcome);
                Assert.Equal(SimulatedNomad.DeploymentId(n), result.Deployment!.Id);
                deploymentsFollowed = n;
                nomad.DeploymentFollowed(n);
            }
        });

        // The clock: jumps to the next thing due when all three wait on the server; otherwise one second at a time, so
        // the SDK's own pacing, backoff and reconnect delays run out.
        long memoryAtDay1 = 0;
        var actors = new[] { watching, streaming, following };
        while (true)
        {
            var now = time.GetUtcNow();
            var quiet = nomad.Quiet;
            if (now >= end && quiet)
            {
                break; // thirty days, and the last changes arrived
            }

            if (quiet && now < end)
            {
                await Task.Yield();
            }
            else
            {
                await Task.Delay(1);
            }

            if (actors.FirstOrDefault(a => a.IsCompleted) is { } ended)
            {
                await ended; // an actor that ended early failed: surface its exception
                Assert.Fail("an actor ended before the thirty days");
            }

            // After the thirty days only the SDK's own delays run out (nothing new is scheduled past the end).
            var next = Min(quiet ? nomad.NextDue() : now + TimeSpan.FromSeconds(1), nomad.NextDue());
            if (now >= end)
            {
                next = now + TimeSpan.FromSeconds(1);
            }

            time.Advance(next > now ? next - now : TimeSpan.Zero);
            if (time.GetUtcNow() <= end)
            {
                nomad.Catch();
            }

            if (memoryAtDay1 == 0 && time.GetUtcNow() - start >= TimeSpan.FromDays(1))
            {
                memoryAtDay1 = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        await stop.CancelAsync();
        foreach (var actor in actors)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => actor);
        }

        var days = (time.GetUtcNow() - start).TotalDays;
        var retained = memoryAtEnd - memoryAtDay1;
        output.WriteLine(FormattableString.Invariant(
            $"combined soak: {days:F1} simulated days; {nomad.JobChanges} job changes ({changesSeen} seen in {watchStates} watch states), {nomad.EventsWritten} events ({events} delivered, {resets} resets), {deploymentsFollowed} deployments followed; {nomad.Requests} requests ({nomad.Requests / days:F0}/day, {nomad.StreamConnections} stream connections); {nomad.Elections} elections, {nomad.Restarts} restarts, {nomad.Rotations} token rotations ({nomad.Refused} requests refused with the old token, {providerCalls} token provider calls), {nomad.BadFrames} bad frames; {retained} bytes retained from day 1 to day {days:F0} (server history {nomad.HistoryCount} events)"));

        // Nothing lost: the last job version, every event, every deployment; nothing repeated: asserted as they came.
        Assert.Equal(nomad.JobVersion, lastVersion);
        Assert.Equal(nomad.JobChanges, changesSeen); // one change an hour against 1 s pacing: none folded, none lost
        // A state again only as the first state after an index reset (the watch starts over and says so).
        Assert.InRange(watchStates, nomad.JobChanges + 1, nomad.JobChanges + nomad.Restarts + 1);
        Assert.Equal(nomad.EventsWritten, events);
        Assert.Equal(nomad.Restarts, resets);
        Assert.Equal(nomad.DeploymentsCompleted, deploymentsFollowed);
        Assert.True(nomad.Rotations >= 2 * (Days - 1));
        Assert.True(nomad.Refused >= nomad.Rotations, "each rotation refuses the old token at least once (and the SDK goes on)");

        // Requests by bound, per simulated day: the two blocking readers wake at least every 10 minutes (2 × 144), plus
        // per job change (24), per deployment (8 × 3), per election (4 × (2 refused + 2 retried + 2 woken)), per restart
        // (2 plain reads), per rotation (2 × (refused + resent)); the stream connects once per election, restart (twice),
        // rotation and bad frame (2): 288 + 24 + 24 + 24 + 2 + 8 + 10 = 380 a day.
        Assert.InRange(nomad.Requests, Days * 144, (int)(days * 380) + 100);
        Assert.InRange(retained, long.MinValue, 2 * 1024 * 1024);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>
    /// A Nomad on a fake clock, as the client's primary handler: job <c>web</c> (<c>GET /v1/job/web</c>), deployments
    /// (<c>GET /v1/deployment/:id</c>) and the event stream, with blocking queries per table index. Scheduled: a job change
    /// every hour (and its event), a deployment every 3 hours (the next starts when one succeeds), a leader election every
    /// 6 hours (the next index is 1,000 higher, 2 answers "No cluster leader", the stream drops), a token rotation every 12 hours,
    /// a bad frame twice a day (invalid JSON, invalid UTF-8) and an agent restart once a day (index back to 10, the event
    /// history emptied). A held query ends at the next 10-minute mark at the latest (Nomad may answer before the wait).
    /// </summary>
    private sealed class SimulatedNomad(FakeTimeProvider time) : HttpMessageHandler
    {
        public const string Address = "http://nomad.soak:4646";
        private static readonly TimeSpan Slot = TimeSpan.FromMinutes(10);
        private readonly object _gate = new();
        private readonly Queue<ulong> _history = new();
        private readonly List<DateTimeOffset> _heldUntil = [];
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ulong _index = 100;
        private ulong _jobIndex = 100;
        private ulong _deploymentIndex = 100;
        private int _epoch;
        private int _failuresLeft;
        private int _tokenGeneration;
        private int _deployment = 1;
        private DateTimeOffset _deploymentEnds = time.GetUtcNow() + TimeSpan.FromHours(3);
        private DateTimeOffset _nextChange = time.GetUtcNow() + TimeSpan.FromHours(1);
        private DateTimeOffset _nextElection = time.GetUtcNow() + TimeSpan.FromHours(5.5);
        private DateTimeOffset _nextRotation = time.GetUtcNow() + TimeSpan.FromHours(12.25);
        private DateTimeOffset _nextBadFrame = time.GetUtcNow() + TimeSpan.FromHours(7.75);
        private DateTimeOffset _nextRestart = time.GetUtcNow() + TimeSpan.FromHours(23.5);
        private DateTimeOffset _nextHeartbeat = time.GetUtcNow();
        private bool _badUtf8;
        private Stream? _stream;
        private string? _streamToken;
        private (int Epoch, ulong Index) _consumed;
        private ulong _watchSaw;
        private int _followed;
        private int _held;

        public string IssuedToken
        {
            get
            {
                lock (_gate)
                {
                    return Token(_tokenGeneration);
                }
            }
        }

        public ulong JobVersion { get; private set; }

        public int JobChanges { get; private set; }

        public int EventsWritten { get; private set; }

        public int DeploymentsCompleted { get; private set; }

        public int Requests { get; private set; }

        public int StreamConnections { get; private set; }

        public int Elections { get; private set; }

        public int Restarts { get; private set; }

        public int Rotations { get; private set; }

        public int Refused { get; private set; }

        public int BadFrames { get; private set; }

        public int HistoryCount
        {
            get
            {
                lock (_gate)
                {
                    return _history.Count;
                }
            }
        }

        /// <summary>All three wait on the server: both blocking reads held, the stream open and read to its end, nothing due.</summary>
        public bool Quiet
        {
            get
            {
                lock (_gate)
                {
                    var last = _history.Count > 0 ? (_epoch, _history.Last()) : (_epoch, 0UL);
                    return _held == 2 && _stream is not null && (_history.Count == 0 || _consumed == last)
                        && _watchSaw == JobVersion && _followed == _deployment - 1;
                }
            }
        }

        public static string DeploymentId(int n) => string.Create(CultureInfo.InvariantCulture, $"de000000-0000-4000-8000-{n:D12}");

        public void WatchSaw(ulong version)
        {
            lock (_gate)
            {
                _watchSaw = version;
            }
        }

        public void StreamConsumed(int epoch, ulong index)
        {
            lock (_gate)
            {
                _consumed = (epoch, index);
            }
        }

        public void DeploymentFollowed(int n)
        {
            lock (_gate)
            {
                _followed = n;
            }
        }

        /// <summary>The next scheduled event or the end of a held query, whichever comes first.</summary>
        public DateTimeOffset NextDue()
        {
            lock (_gate)
            {
                var next = Min(Min(Min(_nextChange, _deploymentEnds), Min(_nextElection, _nextRotation)), Min(_nextBadFrame, _nextRestart));
                foreach (var until in _heldUntil)
                {
                    next = Min(next, until);
                }

                return next;
            }
        }

        /// <summary>Applies what is due by now.</summary>
        public void Catch()
        {
            TaskCompletionSource? wake = null;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                if (_nextChange <= now)
                {
                    _index++;
                    _jobIndex = _index;
                    JobVersion++;
                    JobChanges++;
                    WriteEvent();
                    _nextChange += TimeSpan.FromHours(1);
                    wake = _changed;
                }

                if (_deploymentEnds <= now)
                {
                    // One Raft change: the deployment succeeds and the next one starts.
                    _index++;
                    _deploymentIndex = _index;
                    DeploymentsCompleted++;
                    _deployment++;
                    _deploymentEnds += TimeSpan.FromHours(3);
                    wake = _changed;
                }

                if (_nextElection <= now)
                {
                    Elections++;
                    _failuresLeft = 2;
                    _index += 1_000; // the new leader's entries: the next change of any table lands 1,000 higher
                    Drop();
                    _nextElection += TimeSpan.FromHours(6);
                    wake = _changed;
                }

                if (_nextRotation <= now)
                {
                    // The old token is deleted: held queries are answered 403, the stream is closed with the ACL error.
                    Rotations++;
                    _tokenGeneration++;
                    if (_stream is { } stream && _streamToken != Token(_tokenGeneration))
                    {
                        Write(stream, "ACL token not found");
                        stream.Dispose();
                        _stream = null;
                    }

                    _nextRotation += TimeSpan.FromHours(12);
                    wake = _changed;
                }

                if (_nextBadFrame <= now)
                {
                    if (_stream is { } stream)
                    {
                        BadFrames++;
                        Write(stream, _badUtf8
                            ? [.. "{\"Index\":1,\"Events\":[{\"Topic\":\"Deployment\",\"Key\":\"web"u8, 0xC3, 0x28, .. "\"}]}\n"u8]
                            : "{\"Index\":1,\"Events\":[{\"Topic\":\n"u8.ToArray());
                        _badUtf8 = !_badUtf8;
                    }

                    _nextBadFrame += TimeSpan.FromHours(12);
                }

                if (_nextRestart <= now)
                {
                    // The agent restarts with an empty state: its index starts again low, its event history is gone.
                    Restarts++;
                    _epoch++;
                    _index = 10;
                    _jobIndex = _deploymentIndex = _index;
                    _history.Clear();
                    Drop();
                    _nextRestart += TimeSpan.FromDays(1);
                    wake = _changed;
                }

                if (_stream is { } open && now >= _nextHeartbeat)
                {
                    Write(open, EventFrames.Heartbeat + "\n");
                    _nextHeartbeat = now + TimeSpan.FromSeconds(10);
                }

                if (wake is not null)
                {
                    _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            wake?.TrySetResult();
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
            var token = request.Headers.TryGetValues("X-Nomad-Token", out var values) ? values.FirstOrDefault() : null;
            lock (_gate)
            {
                Requests++;
                if (token != Token(_tokenGeneration))
                {
                    Refused++;
                    return Answer(HttpStatusCode.Forbidden, "ACL token not found", _index);
                }

                if (_failuresLeft > 0)
                {
                    _failuresLeft--;
                    return Answer(HttpStatusCode.InternalServerError, "No cluster leader", _index);
                }

                if (path == "/v1/event/stream")
                {
                    return OpenStream(query["index"] is { } i ? ulong.Parse(i, CultureInfo.InvariantCulture) : 0, token!);
                }
            }

            var waitIndex = query["index"] is { } w ? ulong.Parse(w, CultureInfo.InvariantCulture) : 0;
            var isJob = path == "/v1/job/web";
            DateTimeOffset? until = null;
            {
                while (true)
                {
                    Task changed;
                    lock (_gate)
                    {
                        var table = isJob ? _jobIndex : _deploymentIndex;
                        var now = time.GetUtcNow();
                        until ??= waitIndex == 0 ? now : Min(now + TimeSpan.FromMinutes(10), Next10MinuteMark(now));
                        // As Nomad: block while the table's index is not above the one asked for (also after a reset).
                        if (waitIndex == 0 || table > waitIndex || now >= until || token != Token(_tokenGeneration))
                        {
                            break;
                        }

                        if (_heldUntil.Count == 0 || !_heldUntil.Contains(until.Value))
                        {
                            _heldUntil.Add(until.Value);
                        }

                        _held++;
                        changed = _changed.Task;
                    }

                    try
                    {
                        await Task.WhenAny(changed, Task.Delay(until!.Value - time.GetUtcNow(), time, cancellationToken));
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                    finally
                    {
                        lock (_gate)
                        {
                            _held--;
                            _heldUntil.Remove(until!.Value);
                        }
                    }
                }

                lock (_gate)
                {
                    if (token != Token(_tokenGeneration))
                    {
                        Refused++;
                        return Answer(HttpStatusCode.Forbidden, "ACL token not found", _index);
                    }

                    if (isJob)
                    {
                        return Answer(HttpStatusCode.OK, string.Create(CultureInfo.InvariantCulture, $$"""{"ID":"web","Name":"web","Namespace":"default","Type":"service","Status":"running","Version":{{JobVersion}},"ModifyIndex":{{_jobIndex}},"JobModifyIndex":{{_jobIndex}}}"""), _jobIndex);
                    }

                    if (!path.StartsWith("/v1/deployment/", StringComparison.Ordinal)
                        || !int.TryParse(path[^12..], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                        || n > _deployment || n < _deployment - 1)
                    {
                        return Answer(HttpStatusCode.NotFound, "deployment not found", _deploymentIndex);
                    }

                    var status = n < _deployment ? "successful" : "running";
                    return Answer(HttpStatusCode.OK, string.Create(CultureInfo.InvariantCulture, $$"""{"ID":"{{DeploymentId(n)}}","Namespace":"default","JobID":"web","Status":"{{status}}","CreateIndex":1,"ModifyIndex":{{_deploymentIndex}}}"""), _deploymentIndex);
                }
            }
        }

        private static string Token(int generation) => string.Create(CultureInfo.InvariantCulture, $"soak-{generation}-{Guid.Empty}");

        private static DateTimeOffset Next10MinuteMark(DateTimeOffset now) =>
            new(now.Ticks - (now.Ticks % Slot.Ticks) + Slot.Ticks, TimeSpan.Zero);

        private static HttpResponseMessage Answer(HttpStatusCode status, string body, ulong index)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.TryAddWithoutValidation("X-Nomad-Index", index.ToString(CultureInfo.InvariantCulture));
            response.Headers.TryAddWithoutValidation("X-Nomad-KnownLeader", "true");
            response.Headers.TryAddWithoutValidation("X-Nomad-LastContact", "0");
            return response;
        }

        private static void Write(Stream stream, string text) => Write(stream, Encoding.UTF8.GetBytes(text));

        private static void Write(Stream stream, byte[] bytes)
        {
            try
            {
                stream.Write(bytes);
                stream.Flush();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
            {
                // The client already left this connection.
            }
        }

        /// <summary>Opens the stream (under the lock): Nomad replays from the requested index, or from its newest event when the request is past it.</summary>
        private HttpResponseMessage OpenStream(ulong requested, string token)
        {
            _stream?.Dispose();
            StreamConnections++;
            var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
            _stream = pipe.Writer.AsStream();
            _streamToken = token;
            Write(_stream, EventFrames.Heartbeat + "\n");
            _nextHeartbeat = time.GetUtcNow() + TimeSpan.FromSeconds(10);
            var from = _history.Where(h => h >= requested).ToList();
            if (requested > 0 && from.Count == 0 && _history.Count > 0)
            {
                from = [_history.Last()];
            }

            foreach (var index in from)
            {
                Write(_stream, SoakTests.Line(_epoch, index) + "\n");
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) };
        }

        private void WriteEvent()
        {
            _history.Enqueue(_index);
            if (_history.Count > 100)
            {
                _history.Dequeue(); // Nomad buffers a bounded number of events
            }

            EventsWritten++;
            if (_stream is { } stream)
            {
                Write(stream, SoakTests.Line(_epoch, _index) + "\n");
            }
        }

        /// <summary>The connection is cut (under the lock): the client reads an error.</summary>
        private void Drop()
        {
            if (_stream is { } stream)
            {
                stream.Dispose();
                _stream = null;
            }
        }
    }
}
