using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using DeploymentSdk.Benchmarks.Payloads;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// Issue #10, part 4: the CPU time and allocations of many idle watches. Not a BenchmarkDotNet benchmark (an idle
/// watch has no operation to time): each scenario starts the watches, waits until the server holds every long poll,
/// then samples the process's CPU time and allocated bytes over a fixed window.
/// </summary>
/// <remarks>
/// The SDK's watch is the per-object blocking watch behind <c>nomad.Jobs.WatchAsync("web")</c>
/// (<c>NomadWatch.CreateForObject</c> over <c>Jobs.GetAsync</c>, so every watcher holds its own query as the raw loop
/// does) with default options but a 5-minute wait (one plain read,
/// then blocking <c>GET /v1/job/web?index=…&amp;wait=300000ms</c> reads, paced by its 1-second minimum interval). The
/// raw comparison is the same blocking read in a loop over a bare HttpClient with <c>ReadFromJsonAsync</c>. The server
/// runs in the same process, so its (small) share of CPU and allocations is included in both.
/// </remarks>
internal static class IdleWatches
{
    public static async Task<string> RunAsync(int watches, TimeSpan window)
    {
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Idle watches: {watches} concurrent watchers of one job, sampled over {window.TotalSeconds:0} s each.")
            .AppendLine()
            .AppendLine("| Scenario | Client | Polls answered in window | CPU (% of one core) | Allocated/s | Allocated per answered poll | Gen0/1/2 GCs |")
            .AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var hold in new[] { Timeout.InfiniteTimeSpan, TimeSpan.FromSeconds(1) })
        {
            foreach (var sdk in new[] { false, true })
            {
                var row = await MeasureAsync(watches, window, hold, sdk).ConfigureAwait(false);
                table.AppendLine(row);
            }
        }

        return table.ToString();
    }

    private static async Task<string> MeasureAsync(int watches, TimeSpan window, TimeSpan hold, bool useSdk)
    {
        await using var server = await LoopbackServer.StartAsync().ConfigureAwait(false);
        server.LongPollHold = hold;
        // One connection per held watch, as the raw loop's unlimited handler opens: the SDK's default limit (32) would
        // queue the other watches behind it and measure the limit, not a watch.
        using var nomad = Clients.Sdk(server.IdentityAddress, maxConnections: watches);
        using var raw = Clients.Raw(server.IdentityAddress);
        raw.Timeout = Timeout.InfiniteTimeSpan;
        using var stop = new CancellationTokenSource();

        async Task WatchAsync()
        {
            var index = LoopbackServer.Index;
            try
            {
                if (useSdk)
                {
                    var options = new NomadWatchOptions { WaitTime = TimeSpan.FromMinutes(5) };
                    // Each watcher its own blocking query, as the raw loop: Jobs.WatchAsync would share one list query
                    // beyond the client's 3 direct watches (measured by WatchAtScaleBenchmarks), and answer fewer polls here.
                    var watch = NomadWatch.CreateForObject((query, token) => nomad.Jobs.GetAsync(JobPayload.JobId, query, token), options, stop.Token);
                    await foreach (var unused in watch.ConfigureAwait(false))
                    {
                        // The first state only: the server never changes the job.
                    }
                }

                while (!useSdk)
                {
                    using var response = await raw.GetAsync(
                        string.Create(CultureInfo.InvariantCulture, $"v1/job/web?index={index}&wait=300000ms"),
                        HttpCompletionOption.ResponseHeadersRead,
                        stop.Token).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    _ = await response.Content.ReadFromJsonAsync(SdkJson.Job, stop.Token).ConfigureAwait(false);
                    index = ulong.Parse(response.Headers.GetValues("X-Nomad-Index").First(), CultureInfo.InvariantCulture);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }

        var running = Enumerable.Range(0, watches).Select(_ => Task.Run(WatchAsync)).ToArray();
        var settle = Stopwatch.StartNew();
        while (server.Holding < watches && settle.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        // Let the connection set-up, the first answers and the JIT's tier-up of the answer path finish before sampling:
        // at least five poll cycles when polls are answered.
        await Task.Delay(hold == Timeout.InfiniteTimeSpan ? TimeSpan.FromSeconds(2) : 5 * hold).ConfigureAwait(false);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
        var polls0 = server.JobAnswers;
        var gcs0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        await Task.Delay(window).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes0;
        var answered = server.JobAnswers - polls0;
        var gcs = (GC.CollectionCount(0) - gcs0.Item1, GC.CollectionCount(1) - gcs0.Item2, GC.CollectionCount(2) - gcs0.Item3);

        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(false);

        var scenario = hold == Timeout.InfiniteTimeSpan
            ? "Held: no answer within the window"
            : string.Create(CultureInfo.InvariantCulture, $"Answered unchanged every {hold.TotalSeconds:0} s");
        var client = useSdk ? "SDK per-object watch (NomadWatch.CreateForObject)" : "Raw HttpClient blocking-read loop";
        var perPoll = answered > 0 ? Kb(bytes / (double)answered) : "-";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {scenario} | {client} | {answered:N0} | {cpu.TotalMilliseconds / elapsed.TotalMilliseconds * 100:0.00} % | {Kb(bytes / elapsed.TotalSeconds)} | {perPoll} | {gcs.Item1}/{gcs.Item2}/{gcs.Item3} |");
    }

    private static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N1} KB");
}
