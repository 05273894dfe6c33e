using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using DeploymentSdk.Benchmarks.Infrastructure;
using DeploymentSdk.Benchmarks.Payloads;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Benchmarks;

/// <summary>What an end-to-end operation is: which call, and how many callers make it at once.</summary>
/// <remarks>
/// 16 concurrent callers of the 10,000-allocation list (16 × 45 MB of JSON per operation) are left out: one such
/// operation took over a minute on the shared 2-core machine, which a whole benchmark run cannot afford.
/// </remarks>
public enum Scenario
{
    /// <summary><c>GET /v1/allocations</c> answering 100 stubs with task states (≈ 450 KB), one caller.</summary>
    Allocations100,

    /// <summary>The same, 16 concurrent callers.</summary>
    Allocations100x16,

    /// <summary><c>GET /v1/allocations</c> answering 10,000 stubs with task states (≈ 45 MB), one caller.</summary>
    Allocations10000,

    /// <summary><c>GET /v1/job/web</c>: the full job (≈ 19 KB), one caller.</summary>
    Job,

    /// <summary>The same, 16 concurrent callers.</summary>
    Jobx16,
}

/// <summary>
/// Issue #10, part 2: one call over loopback to a Kestrel server that serves prebuilt bytes. Floor = a bare HttpClient
/// with <c>GetFromJsonAsync</c> and the SDK's own JSON metadata; Sdk = the same call through the SDK (its whole handler
/// stack: retry, redirect, credential handlers, per-request timeout, size cap, metadata headers) against a server that
/// does not compress; Sdk, gzip = the SDK against a server that answers gzip, as a Nomad agent does.
/// With 16 callers an operation is 16 concurrent calls (all awaited), so the times and bytes are per 16 calls.
/// </summary>
[MemoryDiagnoser]
public class EndToEnd
{
    private LoopbackServer _server = null!;
    private HttpClient _raw = null!;
    private NomadClient _sdk = null!;
    private NomadClient _sdkGzip = null!;
    private Task<int>[] _calls = [];

    [ParamsSource(nameof(Scenarios))]
    public Scenario Scenario { get; set; }

    public static IEnumerable<Scenario> Scenarios => QuickMode.Enabled
        ? [Scenario.Allocations100, Scenario.Allocations100x16, Scenario.Job, Scenario.Jobx16]
        : Enum.GetValues<Scenario>();

    private bool IsJob => Scenario is Scenario.Job or Scenario.Jobx16;

    private int Callers => Scenario is Scenario.Allocations100x16 or Scenario.Jobx16 ? 16 : 1;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.Allocations = AllocationPayload.Generate(Scenario == Scenario.Allocations10000 ? 10_000 : 100);
        _server.PrepareGzip();
        _raw = Clients.Raw(_server.IdentityAddress);
        _sdk = Clients.Sdk(_server.IdentityAddress);
        _sdkGzip = Clients.Sdk(_server.GzipAddress);
        _calls = new Task<int>[Callers];

        // One call of each kind opens the connections and proves all three read the same thing.
        var expected = await RawCallAsync();
        if (await SdkCallAsync(_sdk) != expected || await SdkCallAsync(_sdkGzip) != expected)
        {
            throw new InvalidOperationException("The SDK and the raw client read different answers.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        _sdk.Dispose();
        _sdkGzip.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient + GetFromJsonAsync")]
    public Task<int> Raw() => RunAsync(static b => b.RawCallAsync());

    [Benchmark(Description = "SDK")]
    public Task<int> Sdk() => RunAsync(static b => b.SdkCallAsync(b._sdk));

    [Benchmark(Description = "SDK, server gzip")]
    public Task<int> SdkGzip() => RunAsync(static b => b.SdkCallAsync(b._sdkGzip));

    private async Task<int> RunAsync(Func<EndToEnd, Task<int>> call)
    {
        if (Callers == 1)
        {
            return await call(this);
        }

        for (var i = 0; i < _calls.Length; i++)
        {
            _calls[i] = Task.Run(() => call(this));
        }

        var total = 0;
        foreach (var count in await Task.WhenAll(_calls))
        {
            total += count;
        }

        return total;
    }

    private async Task<int> RawCallAsync()
    {
        if (IsJob)
        {
            var job = await _raw.GetFromJsonAsync("v1/job/web", SdkJson.Job);
            return job!.TaskGroups!.Count;
        }

        var list = await _raw.GetFromJsonAsync("v1/allocations", SdkJson.AllocationList);
        return list!.Count;
    }

    private async Task<int> SdkCallAsync(NomadClient nomad)
    {
        if (IsJob)
        {
            Job job = await nomad.Jobs.GetAsync(JobPayload.JobId);
            return job.TaskGroups!.Count;
        }

        var count = 0;
        await foreach (var unused in nomad.Allocations.ListAsync())
        {
            count++;
        }

        return count;
    }
}
