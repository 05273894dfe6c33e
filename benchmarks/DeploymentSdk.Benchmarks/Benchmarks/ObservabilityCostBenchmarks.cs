using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using DeploymentSdk.Benchmarks.Infrastructure;
using DeploymentSdk.Benchmarks.Payloads;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Benchmarks;

/// <summary>Which small call an <see cref="ObservabilityCost"/> operation is.</summary>
public enum SmallCall
{
    /// <summary><c>GET /v1/jobs</c> answering <c>[]</c>: nearly every byte is the pipeline's.</summary>
    EmptyList,

    /// <summary><c>GET /v1/job/web</c>: the full job (≈ 19 KB).</summary>
    Job,
}

/// <summary>
/// Issue #22: the cost of observability. The two small calls of the end-to-end comparison, SDK against a bare
/// HttpClient, once with nobody listening and once with an <see cref="ActivityListener"/> (sampling
/// <see cref="ActivitySamplingResult.AllDataAndRecorded"/>) and a <see cref="MeterListener"/> (every instrument enabled,
/// every measurement summed) attached to the SDK's sources (<c>DeploymentSdk.*</c>). The listeners are process-wide,
/// so the raw client's row measures what they cost a call that has no SDK spans or metrics (System.Net.Http's own are
/// not listened to). One operation is <see cref="Calls"/> sequential calls, so a single warm invocation
/// (<c>--allocations</c>) reports bytes per call averaged over them rather than one call's incidental allocations.
/// </summary>
[MemoryDiagnoser]
public class ObservabilityCost
{
    private LoopbackServer _server = null!;
    private HttpClient _raw = null!;
    private NomadClient _sdk = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;
    private double _measured;

    /// <summary>Sequential calls per operation.</summary>
    public const int Calls = 200;

    [Params(SmallCall.EmptyList, SmallCall.Job)]
    public SmallCall Call { get; set; }

    /// <summary>Whether the span and metric listeners are attached.</summary>
    [Params(false, true)]
    public bool Listeners { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _raw = Clients.Raw(_server.IdentityAddress);
        _sdk = Clients.Sdk(_server.IdentityAddress);
        if (Listeners)
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = static source => source.Name.StartsWith("DeploymentSdk", StringComparison.Ordinal),
                Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_activities);
            _meters = new MeterListener
            {
                InstrumentPublished = static (instrument, listener) =>
                {
                    if (instrument.Meter.Name.StartsWith("DeploymentSdk", StringComparison.Ordinal))
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<double>((_, value, _, _) => _measured += value);
            _meters.SetMeasurementEventCallback<long>((_, value, _, _) => _measured += value);
            _meters.Start();
        }

        // One call of each opens the connections and proves both read the same thing.
        if (await RawCallAsync() != await SdkCallAsync())
        {
            throw new InvalidOperationException("The SDK and the raw client read different answers.");
        }

        if (Listeners && _measured == 0)
        {
            throw new InvalidOperationException("The meter listener saw no SDK measurement: the variant would measure nothing.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _activities?.Dispose();
        _meters?.Dispose();
        _raw.Dispose();
        _sdk.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient + GetFromJsonAsync", OperationsPerInvoke = Calls)]
    public async Task<int> Raw()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += await RawCallAsync();
        }

        return total;
    }

    [Benchmark(Description = "SDK", OperationsPerInvoke = Calls)]
    public async Task<int> Sdk()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += await SdkCallAsync();
        }

        return total;
    }

    private async Task<int> RawCallAsync()
    {
        if (Call == SmallCall.Job)
        {
            var job = await _raw.GetFromJsonAsync("v1/job/web", SdkJson.Job);
            return job!.TaskGroups!.Count;
        }

        var list = await _raw.GetFromJsonAsync("v1/jobs", SdkJson.JobList);
        return list!.Count;
    }

    private async Task<int> SdkCallAsync()
    {
        if (Call == SmallCall.Job)
        {
            Job job = await _sdk.Jobs.GetAsync(JobPayload.JobId);
            return job.TaskGroups!.Count;
        }

        var count = 0;
        await foreach (var unused in _sdk.Jobs.ListAsync())
        {
            count++;
        }

        return count;
    }
}
