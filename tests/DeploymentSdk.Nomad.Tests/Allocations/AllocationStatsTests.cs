namespace DeploymentSdk.Nomad.Tests;

// The stats payload follows Nomad's AllocResourceUsage (client/structs): ResourceUsage{MemoryStats, CpuStats, DeviceStats},
// Tasks by name with Pids, unix-nanosecond Timestamps.
public sealed class AllocationStatsTests
{
    private const string Id = SeedAllocations.AllocationId;

    [Fact]
    public async Task GetStatsAsync_reads_the_allocation_and_task_usage()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/client/allocation/{Id}/stats", """
            {"ResourceUsage":{"MemoryStats":{"RSS":6291456,"Cache":1024,"Swap":0,"Usage":7340032,"MaxUsage":8388608,"KernelUsage":0,"KernelMaxUsage":0,"Measured":["RSS","Cache","Swap","Usage","Max Usage"]},
              "CpuStats":{"SystemMode":1.5,"UserMode":2.25,"TotalTicks":120.5,"ThrottledPeriods":3,"ThrottledTime":4000,"Percent":3.75,"Measured":["System Mode","User Mode","Percent"]},"DeviceStats":[]},
             "Tasks":{"web":{"ResourceUsage":{"MemoryStats":{"RSS":6291456},"CpuStats":{"Percent":3.75}},"Timestamp":1764752706000000000,"Pids":{"42":{"CpuStats":{"Percent":1.5}}}}},
             "Timestamp":1764752706123456700}
            """);
        using var nomad = server.CreateClient();

        var stats = (await nomad.Allocations.GetStatsAsync(Id, new NomadQueryOptions { Namespace = "apps" })).Value;

        server.SingleRequest().AssertSent(server, "GET", $"/v1/client/allocation/{Id}/stats?namespace=apps");
        var memory = stats.ResourceUsage!.MemoryStats!;
        Assert.Equal(6291456UL, memory.RSS);
        Assert.Equal(1024UL, memory.Cache);
        Assert.Equal(0UL, memory.Swap);
        Assert.Equal(7340032UL, memory.Usage);
        Assert.Equal(8388608UL, memory.MaxUsage);
        Assert.Equal(0UL, memory.KernelUsage);
        Assert.Equal(0UL, memory.KernelMaxUsage);
        Assert.Equal(["RSS", "Cache", "Swap", "Usage", "Max Usage"], memory.Measured!);
        var cpu = stats.ResourceUsage.CpuStats!;
        Assert.Equal(1.5, cpu.SystemMode);
        Assert.Equal(2.25, cpu.UserMode);
        Assert.Equal(120.5, cpu.TotalTicks);
        Assert.Equal(3UL, cpu.ThrottledPeriods);
        Assert.Equal(4000UL, cpu.ThrottledTime);
        Assert.Equal(3.75, cpu.Percent);
        Assert.Equal(3, cpu.Measured!.Count);
        Assert.True(stats.ResourceUsage.AdditionalProperties!.ContainsKey("DeviceStats"));
        var web = stats.Tasks!["web"];
        Assert.Equal(6291456UL, web.ResourceUsage!.MemoryStats!.RSS);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764752706), web.Timestamp);
        Assert.Equal(1.5, web.Pids!["42"].CpuStats!.Percent);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764752706).AddTicks(1234567), stats.Timestamp);
    }

    [Fact]
    public async Task GarbageCollectAsync_sends_a_get_to_the_client_gc_endpoint()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/client/allocation/{Id}/gc", "{}");
        using var nomad = server.CreateClient();

        var meta = await nomad.Allocations.GarbageCollectAsync(Id, new NomadWriteOptions { Region = "eu" });

        server.SingleRequest().AssertSent(server, "GET", $"/v1/client/allocation/{Id}/gc?region=eu");
        NomadStubs.AssertMeta(meta);
    }

    [Fact]
    public async Task Stats_and_gc_check_the_id_before_any_request()
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>("allocationId", () => nomad.Allocations.GetStatsAsync("a8198d79"));
        await Assert.ThrowsAsync<ArgumentException>("allocationId", () => nomad.Allocations.GarbageCollectAsync(""));
        Assert.Empty(server.Requests);
    }
}
