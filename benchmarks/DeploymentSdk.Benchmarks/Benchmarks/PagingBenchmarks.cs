using BenchmarkDotNet.Attributes;
using DeploymentSdk.Benchmarks.Infrastructure;
using DeploymentSdk.Benchmarks.Payloads;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Benchmarks;

/// <summary>
/// Issue #10 part 3 and issue #6: enumerating every allocation with <c>await foreach</c> over 1,000-item pages
/// (<c>per_page=1000</c>, <c>next_token</c>), without task states (<c>task_states=false</c>, about 0.9 KB
/// of JSON per allocation, so that 100,000 items stay within the run's time budget). The allocated bytes per item must not grow with the
/// number of items: the SDK holds one page at a time. The server sends the same prebuilt page every time.
/// </summary>
[MemoryDiagnoser]
public class Paging
{
    public const int PageSize = 1_000;

    private LoopbackServer _server = null!;
    private NomadClient _sdk = null!;

    [ParamsSource(nameof(Totals))]
    public int Items { get; set; }

    public static IEnumerable<int> Totals => QuickMode.Enabled ? [1_000, 3_000] : [1_000, 10_000, 100_000];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.PageItems = AllocationPayload.Generate(PageSize, taskStates: false);
        _server.PageItemCount = PageSize;
        _server.PagingTotal = Items;
        _sdk = Clients.Sdk(_server.IdentityAddress);

        var before = _server.Requests;
        if (await EnumerateAsync() != Items || _server.Requests - before != Items / PageSize)
        {
            throw new InvalidOperationException("Paging read the wrong number of items or pages.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _sdk.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Description = "SDK await foreach, 1,000 per page")]
    public Task<int> EnumerateAsync() => CountAsync(_sdk.Allocations.ListAsync(new AllocationListOptions { PerPage = PageSize, IncludeTaskStates = false }));

    private static async Task<int> CountAsync(IAsyncEnumerable<AllocationListStub> items)
    {
        var count = 0;
        await foreach (var unused in items)
        {
            count++;
        }

        return count;
    }
}
