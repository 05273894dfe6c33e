using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// <c>--alloc-sources</c>: where the SDK's per-call bytes go. Makes many calls that read an empty list
/// (<c>GET /v1/jobs</c> → <c>[]</c>), so nearly every byte is the HTTP pipeline's, through the SDK and through a bare
/// HttpClient, and prints the exact bytes per call and, from the runtime's allocation sampling events (one per
/// ~100 KB allocated), the types that account for them.
/// </summary>
internal static class AllocationSources
{
    public static async Task<string> RunAsync(int calls)
    {
        await using var server = await LoopbackServer.StartAsync().ConfigureAwait(false);
        using var nomad = Clients.Sdk(server.IdentityAddress);
        using var raw = Clients.Raw(server.IdentityAddress);
        var listInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<JobListStub>>)SdkJsonContext.GetTypeInfo(typeof(List<JobListStub>))!;

        async Task SdkCall()
        {
            await foreach (var unused in nomad.Jobs.ListAsync().ConfigureAwait(false))
            {
            }
        }

        async Task RawCall() => _ = await raw.GetFromJsonAsync("v1/jobs", listInfo).ConfigureAwait(false);

        var output = new StringBuilder();
        foreach (var (name, call) in new (string, Func<Task>)[] { ("Raw HttpClient + GetFromJsonAsync", RawCall), ("SDK Jobs.ListAsync", SdkCall) })
        {
            for (var i = 0; i < 500; i++)
            {
                await call().ConfigureAwait(false);
            }

            // Time first, without the listener: wall clock and process CPU (server included) per call, sequential calls.
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                await call().ConfigureAwait(false);
            }

            var wallPerCall = clock.Elapsed.TotalMicroseconds / calls;
            process.Refresh();
            var cpuPerCall = (process.TotalProcessorTime - cpu0).TotalMicroseconds / calls;

            using var listener = new AllocationListener();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < calls; i++)
            {
                await call().ConfigureAwait(false);
            }

            var perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
            var samples = listener.Samples.ToArray();
            var total = samples.Sum(s => s.Value);
            output.AppendLine(CultureInfo.InvariantCulture, $"{name}: {wallPerCall:N1} µs wall, {cpuPerCall:N1} µs CPU and {perCall:N0} B per call (server included); sampled types:");
            foreach (var (type, count) in samples.OrderByDescending(s => s.Value).Take(25))
            {
                output.AppendLine(CultureInfo.InvariantCulture, $"  {count * 100.0 / total,5:0.0} %  ≈{perCall * count / total,6:N0} B  {type}");
            }

            output.AppendLine();
        }

        return output.ToString();
    }

    private static System.Text.Json.Serialization.JsonSerializerContext SdkJsonContext =>
        (System.Text.Json.Serialization.JsonSerializerContext)typeof(NomadClient).Assembly
            .GetType("DeploymentSdk.Nomad.Json.NomadJsonContext", throwOnError: true)!
            .GetProperty("Default")!.GetValue(null)!;

    private sealed class AllocationListener : EventListener
    {
        public ConcurrentDictionary<string, int> Samples { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
                && eventData.PayloadNames?.IndexOf("TypeName") is { } index and >= 0
                && eventData.Payload?[index] is string type)
            {
                Samples.AddOrUpdate(type, 1, static (_, n) => n + 1);
            }
        }
    }
}
