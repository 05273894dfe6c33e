using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using DeploymentSdk.Benchmarks.Payloads;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// Issue #10, part 4 and issue #22: the CPU time and allocations of many idle watches. Not a BenchmarkDotNet benchmark
/// (an idle watch has no operation to time): each measurement starts the watches, waits until the server holds every
/// long poll, then samples the process's CPU time and allocated bytes over a fixed window.
/// </summary>
/// <remarks>
/// <para>The SDK's watch is the per-object blocking watch behind <c>nomad.Jobs.WatchAsync("web")</c>
/// (<c>NomadWatch.CreateForObject</c> over <c>Jobs.GetAsync</c>, so every watcher holds its own query as the raw loop
/// does) with default options but a 5-minute wait (one plain read,
/// then blocking <c>GET /v1/job/web?index=…&amp;wait=300000ms</c> reads, paced by its 1-second minimum interval). The
/// raw comparison is the same blocking read in a loop over a bare HttpClient with <c>ReadFromJsonAsync</c>. The server
/// runs in the same process, so its (small) share of CPU and allocations is included in both.</para>
/// <para>The held scenario (no answer) measures each client once. The answered scenario, whose ratio issue #22 asks
/// for, alternates the two clients in short rounds in one process after a warm-up round (raw first in odd rounds, SDK
/// first in even ones), so the machine's drift lands in both rows alike; it reports each client's median over the rounds
/// and the median of the per-round SDK ÷ raw ratios.</para>
/// </remarks>
internal static class IdleWatches
{
    private const string RawClient = "Raw HttpClient blocking-read loop";
    private const string SdkClient = "SDK per-object watch (NomadWatch.CreateForObject)";

    /// <param name="watches">Concurrent watchers.</param>
    /// <param name="heldWindow">The sampling window of each held measurement.</param>
    /// <param name="rounds">Measured rounds of the answered scenario (each: raw and SDK once), after one warm-up round.</param>
    /// <param name="roundWindow">The sampling window of each answered measurement.</param>
    /// <param name="warmUp">How long the warm-up round lets each client's answered polls run before its (unrecorded) half window.</param>
    public static async Task<string> RunAsync(int watches, TimeSpan heldWindow, int rounds, TimeSpan roundWindow, TimeSpan warmUp)
    {
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Idle watches: {watches} concurrent watchers of one job. Held: sampled over {heldWindow.TotalSeconds:0} s per client. Answered: raw and SDK alternated in {rounds} {(rounds == 1 ? "round" : "rounds")} of {roundWindow.TotalSeconds:0} s each after a warm-up round, medians over the rounds.")
            .AppendLine()
            .AppendLine("| Scenario | Client | Polls answered in window | CPU (% of one core) | CPU per answered poll | Allocated/s | Allocated per answered poll | Gen0/1/2 GCs |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---|");

        const string held = "Held: no answer within the window";
        foreach (var sdk in new[] { false, true })
        {
            await using var server = await LoopbackServer.StartAsync().ConfigureAwait(false);
            server.LongPollHold = Timeout.InfiniteTimeSpan;
            using var clients = new WatchClients(server, watches);
            var sample = await MeasureAsync(clients, sdk, settle: TimeSpan.FromSeconds(2), heldWindow).ConfigureAwait(false);
            table.AppendLine(Row(held, sdk ? SdkClient : RawClient, sample, sample.Gcs));
        }

        var answered = await MeasureAnsweredAsync(watches, rounds, roundWindow, warmUp).ConfigureAwait(false);
        table.Append(answered);
        return table.ToString();
    }

    private static async Task<string> MeasureAnsweredAsync(int watches, int rounds, TimeSpan window, TimeSpan warmUp)
    {
        var hold = TimeSpan.FromSeconds(1);
        await using var server = await LoopbackServer.StartAsync().ConfigureAwait(false);
        server.LongPollHold = hold;
        using var clients = new WatchClients(server, watches);

        // Warm-up: connection set-up and the JIT's tier-up of both answer paths, not recorded.
        foreach (var sdk in new[] { false, true })
        {
            _ = await MeasureAsync(clients, sdk, settle: warmUp, window / 2).ConfigureAwait(false);
        }

        var raw = new List<Sample>();
        var sdkSamples = new List<Sample>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var sdk in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                // Two poll cycles after every watch is held: the round's new connections and first reads are done.
                var sample = await MeasureAsync(clients, sdk, settle: 2 * hold, window).ConfigureAwait(false);
                (sdk ? sdkSamples : raw).Add(sample);
            }
        }

        var scenario = string.Create(CultureInfo.InvariantCulture, $"Answered unchanged every {hold.TotalSeconds:0} s");
        var text = new StringBuilder()
            .AppendLine(Row(scenario, RawClient + ", median", Median(raw), SumGcs(raw)))
            .AppendLine(Row(scenario, SdkClient + ", median", Median(sdkSamples), SumGcs(sdkSamples)));

        var cpuRatio = MedianOf(raw.Zip(sdkSamples, (r, s) => s.CpuPercent / r.CpuPercent));
        var cpuPerPollRatio = MedianOf(raw.Zip(sdkSamples, (r, s) => s.CpuPerPoll / r.CpuPerPoll));
        var bytesPerSecondRatio = MedianOf(raw.Zip(sdkSamples, (r, s) => s.BytesPerSecond / r.BytesPerSecond));
        var bytesPerPollRatio = MedianOf(raw.Zip(sdkSamples, (r, s) => s.BytesPerPoll / r.BytesPerPoll));
        var pollRatio = MedianOf(raw.Zip(sdkSamples, (r, s) => (double)s.Answered / r.Answered));
        text.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {scenario} | SDK ÷ raw, median of the per-round ratios | {pollRatio:0.00}× | {cpuRatio:0.00}× | {cpuPerPollRatio:0.00}× | {bytesPerSecondRatio:0.00}× | {bytesPerPollRatio:0.00}× | |"));

        text.AppendLine()
            .AppendLine("Answered rounds (SDK ÷ raw): CPU % / CPU per answered poll / allocated per answered poll")
            .AppendLine();
        for (var round = 0; round < rounds; round++)
        {
            var (r, s) = (raw[round], sdkSamples[round]);
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"- round {round + 1}: raw {r.CpuPercent:0.00} % / {r.CpuPerPoll:0} µs / {Kb(r.BytesPerPoll)}; SDK {s.CpuPercent:0.00} % / {s.CpuPerPoll:0} µs / {Kb(s.BytesPerPoll)}; ratio {s.CpuPercent / r.CpuPercent:0.00}× / {s.CpuPerPoll / r.CpuPerPoll:0.00}× / {s.BytesPerPoll / r.BytesPerPoll:0.00}×"));
        }

        return text.ToString();
    }

    /// <summary>Starts the watches, waits until the server holds all of them and <paramref name="settle"/> more, samples, stops them.</summary>
    private static async Task<Sample> MeasureAsync(WatchClients clients, bool useSdk, TimeSpan settle, TimeSpan window)
    {
        using var stop = new CancellationTokenSource();
        var running = Enumerable.Range(0, clients.Watches).Select(_ => Task.Run(() => clients.WatchAsync(useSdk, stop.Token))).ToArray();
        var waiting = Stopwatch.StartNew();
        while (clients.Server.Holding < clients.Watches && waiting.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        await Task.Delay(settle).ConfigureAwait(false);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
        var polls0 = clients.Server.JobAnswers;
        var gcs0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        await Task.Delay(window).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes0;
        var answered = clients.Server.JobAnswers - polls0;
        var gcs = (GC.CollectionCount(0) - gcs0.Item1, GC.CollectionCount(1) - gcs0.Item2, GC.CollectionCount(2) - gcs0.Item3);

        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(false);
        // Let the server see the aborted polls before the next measurement counts held ones.
        var draining = Stopwatch.StartNew();
        while (clients.Server.Holding > 0 && draining.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20).ConfigureAwait(false);
        }

        return new Sample(answered, cpu, elapsed, bytes, gcs);
    }

    private static string Row(string scenario, string client, Sample sample, (int, int, int) gcs)
    {
        var perPoll = sample.Answered > 0 ? Kb(sample.BytesPerPoll) : "-";
        var cpuPerPoll = sample.Answered > 0 ? string.Create(CultureInfo.InvariantCulture, $"{sample.CpuPerPoll:0} µs") : "-";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {scenario} | {client} | {sample.Answered:N0} | {sample.CpuPercent:0.00} % | {cpuPerPoll} | {Kb(sample.BytesPerSecond)} | {perPoll} | {gcs.Item1}/{gcs.Item2}/{gcs.Item3} |");
    }

    /// <summary>Each figure's own median over the rounds (so a row's figures may come from different rounds).</summary>
    private static Sample Median(List<Sample> samples)
    {
        var elapsed = TimeSpan.FromSeconds(MedianOf(samples.Select(s => s.Elapsed.TotalSeconds)));
        return new Sample(
            (long)Math.Round(MedianOf(samples.Select(s => (double)s.Answered))),
            TimeSpan.FromSeconds(MedianOf(samples.Select(s => s.CpuPercent)) / 100 * elapsed.TotalSeconds),
            elapsed,
            (long)Math.Round(MedianOf(samples.Select(s => s.BytesPerSecond)) * elapsed.TotalSeconds),
            (0, 0, 0))
        {
            CpuPerPollOverride = MedianOf(samples.Select(s => s.CpuPerPoll)),
            BytesPerPollOverride = MedianOf(samples.Select(s => s.BytesPerPoll)),
        };
    }

    private static (int, int, int) SumGcs(List<Sample> samples) =>
        (samples.Sum(s => s.Gcs.Item1), samples.Sum(s => s.Gcs.Item2), samples.Sum(s => s.Gcs.Item3));

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N1} KB");

    /// <summary>One measurement: polls the server answered, the process's CPU time and allocated bytes in the window.</summary>
    private sealed record Sample(long Answered, TimeSpan Cpu, TimeSpan Elapsed, long Bytes, (int, int, int) Gcs)
    {
        public double? CpuPerPollOverride { get; init; }

        public double? BytesPerPollOverride { get; init; }

        public double CpuPercent => Cpu.TotalMilliseconds / Elapsed.TotalMilliseconds * 100;

        /// <summary>Microseconds of CPU per answered poll.</summary>
        public double CpuPerPoll => CpuPerPollOverride ?? Cpu.TotalMicroseconds / Answered;

        public double BytesPerSecond => Bytes / Elapsed.TotalSeconds;

        public double BytesPerPoll => BytesPerPollOverride ?? Bytes / (double)Answered;
    }

    /// <summary>The server and both clients of a scenario, kept across its measurements.</summary>
    private sealed class WatchClients : IDisposable
    {
        private readonly NomadClient _nomad;
        private readonly HttpClient _raw;

        public WatchClients(LoopbackServer server, int watches)
        {
            Server = server;
            Watches = watches;
            // One connection per held watch, as the raw loop's unlimited handler opens: the SDK's default limit (32) would
            // queue the other watches behind it and measure the limit, not a watch.
            _nomad = Clients.Sdk(server.IdentityAddress, maxConnections: watches);
            _raw = Clients.Raw(server.IdentityAddress);
            _raw.Timeout = Timeout.InfiniteTimeSpan;
        }

        public LoopbackServer Server { get; }

        public int Watches { get; }

        public async Task WatchAsync(bool useSdk, CancellationToken stop)
        {
            var index = LoopbackServer.Index;
            try
            {
                if (useSdk)
                {
                    var options = new NomadWatchOptions { WaitTime = TimeSpan.FromMinutes(5) };
                    // Each watcher its own blocking query, as the raw loop: Jobs.WatchAsync would share one list query
                    // beyond the client's 3 direct watches (measured by WatchAtScaleBenchmarks), and answer fewer polls here.
                    var watch = NomadWatch.CreateForObject((query, token) => _nomad.Jobs.GetAsync(JobPayload.JobId, query, token), options, stop);
                    await foreach (var unused in watch.ConfigureAwait(false))
                    {
                        // The first state only: the server never changes the job.
                    }
                }

                while (!useSdk)
                {
                    using var response = await _raw.GetAsync(
                        string.Create(CultureInfo.InvariantCulture, $"v1/job/web?index={index}&wait=300000ms"),
                        HttpCompletionOption.ResponseHeadersRead,
                        stop).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    _ = await response.Content.ReadFromJsonAsync(SdkJson.Job, stop).ConfigureAwait(false);
                    index = ulong.Parse(response.Headers.GetValues("X-Nomad-Index").First(), CultureInfo.InvariantCulture);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }

        public void Dispose()
        {
            _nomad.Dispose();
            _raw.Dispose();
        }
    }
}
