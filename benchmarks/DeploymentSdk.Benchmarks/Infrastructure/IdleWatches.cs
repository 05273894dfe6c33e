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
/// Until the watch helper (branch <c>watch</c>) is merged, a watch is the loop it runs: blocking
/// <c>GET /v1/job/web?index=…&amp;wait=5m</c> through the SDK (<c>nomad.Jobs.GetAsync</c> with
/// <see cref="NomadQueryOptions.WaitIndex"/>), the next one sent as soon as the previous one answers.
/// The server runs in the same process, so its (small) share of CPU and allocations is included.
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
            foreach (var sdk in new[] { true, false })
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
        using var nomad = Clients.Sdk(server.IdentityAddress);
        using var raw = Clients.Raw(server.IdentityAddress);
        raw.Timeout = Timeout.InfiniteTimeSpan;
        using var stop = new CancellationTokenSource();
        long polls = 0;

        async Task WatchAsync()
        {
            var index = LoopbackServer.Index;
            try
            {
                while (true)
                {
                    if (useSdk)
                    {
                        var response = await nomad.Jobs.GetAsync(
                            JobPayload.JobId,
                            new NomadQueryOptions { WaitIndex = index, WaitTime = TimeSpan.FromMinutes(5) },
                            stop.Token).ConfigureAwait(false);
                        index = response.LastIndex;
                    }
                    else
                    {
                        using var response = await raw.GetAsync(
                            string.Create(CultureInfo.InvariantCulture, $"v1/job/web?index={index}&wait=300000ms"),
                            HttpCompletionOption.ResponseHeadersRead,
                            stop.Token).ConfigureAwait(false);
                        response.EnsureSuccessStatusCode();
                        _ = await response.Content.ReadFromJsonAsync(SdkJson.Job, stop.Token).ConfigureAwait(false);
                        index = ulong.Parse(response.Headers.GetValues("X-Nomad-Index").First(), CultureInfo.InvariantCulture);
                    }

                    Interlocked.Increment(ref polls);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }

        var running = Enumerable.Range(0, watches).Select(_ => Task.Run(WatchAsync)).ToArray();
        var settle = Stopwatch.StartNew();
        while (server.Requests < watches && settle.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        // Let the connection set-up, JIT and first-request work finish before sampling.
        await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
        var polls0 = Interlocked.Read(ref polls);
        var gcs0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        await Task.Delay(window).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes0;
        var answered = Interlocked.Read(ref polls) - polls0;
        var gcs = (GC.CollectionCount(0) - gcs0.Item1, GC.CollectionCount(1) - gcs0.Item2, GC.CollectionCount(2) - gcs0.Item3);

        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(false);

        var scenario = hold == Timeout.InfiniteTimeSpan
            ? "Held: no answer within the window"
            : string.Create(CultureInfo.InvariantCulture, $"Answered unchanged every {hold.TotalSeconds:0} s");
        var client = useSdk ? "SDK (Jobs.GetAsync with WaitIndex)" : "Raw HttpClient + ReadFromJsonAsync";
        var perPoll = answered > 0 ? Kb(bytes / (double)answered) : "-";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {scenario} | {client} | {answered:N0} | {cpu.TotalMilliseconds / elapsed.TotalMilliseconds * 100:0.00} % | {Kb(bytes / elapsed.TotalSeconds)} | {perPoll} | {gcs.Item1}/{gcs.Item2}/{gcs.Item3} |");
    }

    private static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N1} KB");
}
