using System.Text.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests;

// Fixtures: Fixtures/Allocations/{list,read,stop,empty}.json are the sample payloads of the seed allocations page.
// read.json is fixed: the sample repeats the key "PreviousAllocation" (first "516d2753-…", then ""), which JSON parsers
// resolve differently; the fixture keeps the first. read-current.json, services.json and checks.json are written from
// current Nomad's structs (Allocation, ServiceRegistration, CheckQueryResult): 9-digit non-UTC times, Healthy: null,
// indexes above 2^31, an event type the SDK does not know and an unknown field.
public sealed class AllocationsClientTests
{
    private const string Id = SeedAllocations.AllocationId;

    [Fact]
    public async Task ListAsync_sends_every_list_option_and_reads_the_seed_allocation()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/allocations", NomadTestServer.Fixture("Allocations/list.json"));
        using var nomad = server.CreateClient();

        var query = new AllocationListOptions { IncludeResources = true, IncludeTaskStates = false, Namespace = "*", Prefix = "a8198d79", Filter = "ClientStatus != \"complete\"", PerPage = 50, NextToken = "a8198d79-0000", Reverse = true };
        var pages = new List<Page<AllocationListStub>>();
        await foreach (var page in nomad.Allocations.ListAsync(query).AsPages())
        {
            pages.Add(page);
        }

        server.SingleRequest().AssertSent(
            server,
            "GET",
            "/v1/allocations?namespace=%2A&prefix=a8198d79&filter=ClientStatus%20%21%3D%20%22complete%22&per_page=50&next_token=a8198d79-0000&reverse=true&resources=true&task_states=false");
        var nomadPage = Assert.IsType<NomadPage<AllocationListStub>>(Assert.Single(pages));
        NomadStubs.AssertMeta(nomadPage.Meta);
        SeedAllocations.AssertListStub(Assert.Single(nomadPage.Values));
    }

    [Fact]
    public async Task ListAsync_sends_no_field_selection_by_default()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/allocations", "[]");
        using var nomad = server.CreateClient();

        var count = 0;
        await foreach (var unused in nomad.Allocations.ListAsync())
        {
            count++;
        }

        Assert.Equal(0, count);
        server.SingleRequest().AssertSent(server, "GET", "/v1/allocations");
    }

    [Fact]
    public async Task GetAsync_reads_the_seed_allocation_with_its_embedded_job()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/allocation/{Id}", NomadTestServer.Fixture("Allocations/read.json"));
        using var nomad = server.CreateClient();

        var response = await nomad.Allocations.GetAsync(Id);

        server.SingleRequest().AssertSent(server, "GET", $"/v1/allocation/{Id}");
        NomadStubs.AssertMeta(response.Meta);
        var alloc = response.Value;
        Assert.Equal(Id, alloc.Id);
        Assert.Equal("5456bd7a-9fc0-c0dd-6131-cbee77f57577", alloc.EvalId);
        Assert.Equal("example.cache[0]", alloc.Name);
        Assert.Equal("fb2170a8-257d-3c64-b14d-bc06cc94e34c", alloc.NodeId);
        Assert.Equal("516d2753-0513-cfc7-57ac-2d6fac18b9dc", alloc.PreviousAllocation);
        Assert.Equal("cd13d9b9-4f97-7184-c88b-7b451981616b", alloc.NextAllocation);
        SeedAllocations.AssertRescheduleTracker(alloc.RescheduleTracker!);
        Assert.Equal("example", alloc.JobId);
        var job = alloc.Job!;
        Assert.Equal("example", job.Id);
        Assert.Equal(JobType.Service, job.Type);
        Assert.Equal("redis:3.2", job.TaskGroups![0].Tasks![0].Config!["image"].GetString());
        Assert.Equal(52UL, job.JobModifyIndex);
        Assert.Equal("cache", alloc.TaskGroup);
        Assert.Equal(500, alloc.Resources!.Cpu);
        Assert.Equal(23116, alloc.Resources.Networks![0].DynamicPorts![0].Value);
        Assert.Equal(300, alloc.SharedResources!.DiskMB);
        Assert.Equal("127.0.0.1", Assert.Single(alloc.TaskResources!).Value.Networks![0].IP);
        var metrics = alloc.Metrics!;
        Assert.Equal(1, metrics.NodesEvaluated);
        Assert.Equal(0, metrics.NodesFiltered);
        Assert.Equal(1, Assert.Single(metrics.NodesAvailable!, kv => kv.Key == "dc1").Value);
        Assert.Null(metrics.ClassFiltered);
        Assert.Null(metrics.ConstraintFiltered);
        Assert.Equal(0, metrics.NodesExhausted);
        Assert.Null(metrics.ClassExhausted);
        Assert.Null(metrics.DimensionExhausted);
        Assert.Equal(0.6205732522109244, metrics.Scores!["fb2170a8-257d-3c64-b14d-bc06cc94e34c.binpack"]);
        Assert.Equal(TimeSpan.FromTicks(317), metrics.AllocationTime); // 31729 ns, to 100 ns
        Assert.Equal(0, metrics.CoalescedFailures);
        Assert.Equal(AllocationDesiredStatus.Run, alloc.DesiredStatus);
        Assert.Equal("", alloc.DesiredDescription);
        Assert.Equal(AllocationClientStatus.Running, alloc.ClientStatus);
        Assert.Equal("", alloc.ClientDescription);
        SeedAllocations.AssertRedisTaskStates(alloc.TaskStates!);
        Assert.Equal(54UL, alloc.CreateIndex);
        Assert.Equal(57UL, alloc.ModifyIndex);
        Assert.Equal(54UL, alloc.AllocModifyIndex);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(14_957_473_717_942_764), alloc.CreateTime);
        Assert.Equal(alloc.CreateTime, alloc.ModifyTime);
        Assert.Null(alloc.AdditionalProperties);
    }

    [Fact]
    public async Task GetAsync_is_a_blocking_read_and_reads_every_current_field()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/allocation/{Id}", NomadTestServer.Fixture("Allocations/read-current.json"), index: "3000000009");
        using var nomad = server.CreateClient();

        Allocation alloc = await nomad.Allocations.GetAsync(Id, new NomadQueryOptions { WaitIndex = 3_000_000_008, WaitTime = TimeSpan.FromMinutes(5), AllowStale = true });

        server.SingleRequest().AssertSent(server, "GET", $"/v1/allocation/{Id}?stale=true&index=3000000008&wait=300000ms");
        Assert.Equal("apps", alloc.Namespace);
        Assert.Equal("worker-1", alloc.NodeName);
        Assert.Equal(4UL, alloc.Job!.Version);
        AssertAllocatedResources(alloc.AllocatedResources!);
        AssertMetrics(alloc.Metrics!);
        Assert.Null(alloc.DesiredTransition!.Migrate);
        Assert.True(alloc.DesiredTransition.Reschedule);
        Assert.Null(alloc.DesiredTransition.ForceReschedule);
        Assert.False(alloc.DesiredTransition.NoShutdownDelay);
        Assert.Null(alloc.DesiredTransition.MigrateDisablePlacement);
        Assert.Equal("Tasks are running", alloc.ClientDescription);
        AssertCurrentTaskStates(alloc.TaskStates!);
        var state = Assert.Single(alloc.AllocStates!);
        Assert.Equal(0, state.Field);
        Assert.Equal("unknown", state.Value);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 16, 0, 250, TimeSpan.FromHours(1)), state.Time);
        Assert.Equal(TimeSpan.FromHours(1), state.Time!.Value.Offset);
        Assert.Equal("", alloc.NextAllocation);
        Assert.Equal("70638f62-5c19-193e-30d6-f9d6e689ab8e", alloc.DeploymentId);
        var deploymentStatus = alloc.DeploymentStatus!;
        Assert.Null(deploymentStatus.Healthy); // health not known yet
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 30, TimeSpan.FromHours(1)).AddTicks(1_234_567), deploymentStatus.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), deploymentStatus.Timestamp!.Value.Offset);
        Assert.True(deploymentStatus.Canary);
        Assert.Equal(3_000_000_005UL, deploymentStatus.ModifyIndex);
        var reschedule = Assert.Single(alloc.RescheduleTracker!.Events!);
        Assert.Equal(TimeSpan.FromSeconds(30), reschedule.Delay); // as a number this time
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_079_000), reschedule.RescheduleTime);
        Assert.Equal("ok", alloc.RescheduleTracker.LastReschedule);
        Assert.Equal("eth0", alloc.NetworkStatus!.InterfaceName);
        Assert.Equal("172.26.64.5", alloc.NetworkStatus.Address);
        Assert.Equal("fd00::5", alloc.NetworkStatus.AddressIpv6);
        Assert.Equal(["172.26.64.1"], alloc.NetworkStatus.Dns!.Servers!);
        Assert.Null(alloc.NetworkStatus.Dns.Searches);
        Assert.Equal("", alloc.FollowupEvalId);
        Assert.Equal(["cd13d9b9-4f97-7184-c88b-7b451981616b"], alloc.PreemptedAllocations!);
        Assert.Equal("", alloc.PreemptedByAllocation);
        Assert.Equal("key-1", alloc.SigningKeyId);
        Assert.Equal(3_000_000_000UL, alloc.CreateIndex);
        Assert.Equal(3_000_000_009UL, alloc.ModifyIndex);
        Assert.Equal(3_000_000_001UL, alloc.AllocModifyIndex);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(17_410_797_301_234_567), alloc.CreateTime);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(17_410_797_319_876_543), alloc.ModifyTime);
        Assert.Equal("kept", Assert.Single(alloc.AdditionalProperties!).Value.GetString());
    }

    [Fact]
    public async Task StopAsync_sends_the_stop_flags_and_reads_the_evaluation()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/allocation/{Id}/stop", NomadTestServer.Fixture("Allocations/stop.json"), index: "54");
        using var nomad = server.CreateClient();

        var response = await nomad.Allocations.StopAsync(Id, new AllocationStopOptions { NoShutdownDelay = true, Reschedule = true, Namespace = "apps", IdempotencyToken = "dropped" });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", $"/v1/allocation/{Id}/stop?namespace=apps&no_shutdown_delay=true&reschedule=true");
        Assert.True(string.IsNullOrEmpty(request.Body));
        Assert.Equal("5456bd7a-9fc0-c0dd-6131-cbee77f57577", response.Value.EvalId);
        Assert.Equal(54UL, response.Value.Index);
        NomadStubs.AssertMeta(response.Meta, index: 54);
    }

    [Fact]
    public async Task StopAsync_sends_no_flags_by_default()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/allocation/{Id}/stop", NomadTestServer.Fixture("Allocations/stop.json"));
        using var nomad = server.CreateClient();

        await nomad.Allocations.StopAsync(Id);

        server.SingleRequest().AssertSent(server, "POST", $"/v1/allocation/{Id}/stop");
    }

    [Fact]
    public async Task SignalAsync_signals_one_task_or_the_whole_allocation()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/client/allocation/{Id}/signal", NomadTestServer.Fixture("Allocations/empty.json"), index: "60");
        using var nomad = server.CreateClient();

        var meta = await nomad.Allocations.SignalAsync(Id, "SIGUSR1", new AllocationSignalOptions { Task = "redis" });
        await nomad.Allocations.SignalAsync(Id, "SIGHUP");

        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        requests[0].AssertSent(server, "POST", $"/v1/client/allocation/{Id}/signal");
        JsonSemantics.AssertSameJson("""{"Task":"redis","Signal":"SIGUSR1"}""", requests[0].Body);
        requests[1].AssertSent(server, "POST", $"/v1/client/allocation/{Id}/signal");
        JsonSemantics.AssertSameJson("""{"Signal":"SIGHUP"}""", requests[1].Body);
        NomadStubs.AssertMeta(meta, index: 60);
    }

    [Fact]
    public async Task RestartAsync_restarts_one_task_the_running_tasks_or_all_tasks()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/client/allocation/{Id}/restart", NomadTestServer.Fixture("Allocations/empty.json"));
        using var nomad = server.CreateClient();

        await nomad.Allocations.RestartAsync(Id, new AllocationRestartOptions { TaskName = "redis" });
        await nomad.Allocations.RestartAsync(Id);
        await nomad.Allocations.RestartAllTasksAsync(Id, new NomadWriteOptions { Region = "eu" });

        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(3, requests.Count);
        // Current Nomad reads "TaskName" (the seed page's "Task" is from an older version and is ignored today).
        requests[0].AssertSent(server, "POST", $"/v1/client/allocation/{Id}/restart");
        JsonSemantics.AssertSameJson("""{"TaskName":"redis"}""", requests[0].Body);
        JsonSemantics.AssertSameJson("{}", requests[1].Body);
        requests[2].AssertSent(server, "POST", $"/v1/client/allocation/{Id}/restart?region=eu");
        JsonSemantics.AssertSameJson("""{"AllTasks":true}""", requests[2].Body);
    }

    [Fact]
    public async Task ListServicesAsync_reads_the_registrations()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/allocation/{Id}/services", NomadTestServer.Fixture("Allocations/services.json"));
        using var nomad = server.CreateClient();

        var response = await nomad.Allocations.ListServicesAsync(Id, new NomadQueryOptions { Namespace = "apps" });

        server.SingleRequest().AssertSent(server, "GET", $"/v1/allocation/{Id}/services?namespace=apps");
        NomadStubs.AssertMeta(response.Meta);
        var service = Assert.Single(response.Value);
        Assert.Equal("_nomad-task-a8198d79-cfdb-6593-a999-1e9adabcba2e-group-cache-redis-cache-db", service.Id);
        Assert.Equal("redis-cache", service.ServiceName);
        Assert.Equal("apps", service.Namespace);
        Assert.Equal("fb2170a8-257d-3c64-b14d-bc06cc94e34c", service.NodeId);
        Assert.Equal("dc1", service.Datacenter);
        Assert.Equal("example", service.JobId);
        Assert.Equal(Id, service.AllocId);
        Assert.Equal(["global", "cache"], service.Tags!);
        Assert.Equal("10.0.4.17", service.Address);
        Assert.Equal(23116, service.Port);
        Assert.Equal(3_000_000_000UL, service.CreateIndex);
        Assert.Equal(3_000_000_002UL, service.ModifyIndex);
    }

    [Fact]
    public async Task GetChecksAsync_reads_the_check_results_by_id()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/client/allocation/{Id}/checks", NomadTestServer.Fixture("Allocations/checks.json"));
        using var nomad = server.CreateClient();

        var response = await nomad.Allocations.GetChecksAsync(Id);

        server.SingleRequest().AssertSent(server, "GET", $"/v1/client/allocation/{Id}/checks");
        Assert.Equal(2, response.Value.Count);
        var alive = response.Value["d0b05fde41e4fe0e3bd3ef5e4e6d2a3b"];
        Assert.Equal("d0b05fde41e4fe0e3bd3ef5e4e6d2a3b", alive.Id);
        Assert.Equal("alive", alive.Check);
        Assert.Equal("cache", alive.Group);
        Assert.Equal("healthiness", alive.Mode);
        Assert.Equal("nomad: tcp ok", alive.Output);
        Assert.Equal("redis-cache", alive.Service);
        Assert.Equal("", alive.Task);
        Assert.Equal("success", alive.Status);
        Assert.Equal(0, alive.StatusCode);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_079_730), alive.Timestamp);
        var ready = response.Value["9a1e0c3c7d58e1b6f0f6fb0e3f0b6f59"];
        Assert.Equal("ready", ready.Check);
        Assert.Equal("readiness", ready.Mode);
        Assert.Equal("HTTP 503 Service Unavailable", ready.Output);
        Assert.Equal("redis-admin", ready.Service);
        Assert.Equal("redis", ready.Task);
        Assert.Equal("failure", ready.Status);
        Assert.Equal(503, ready.StatusCode);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_079_731), ready.Timestamp);
    }

    [Fact]
    public async Task Task_pause_calls_send_the_schedule_state_and_read_it_back()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/client/allocation/{Id}/pause", "{}");
        server.Answer("GET", $"/v1/client/allocation/{Id}/pause", """{"ScheduleState":"force_pause"}""");
        using var nomad = server.CreateClient();

        await nomad.Allocations.PauseTaskAsync(Id, "redis");
        await nomad.Allocations.ResumeTaskAsync(Id, "redis");
        await nomad.Allocations.ResetTaskScheduleAsync(Id, "redis");
        var state = await nomad.Allocations.GetTaskPauseStateAsync(Id, "log shipper&x");

        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(4, requests.Count);
        requests[0].AssertSent(server, "POST", $"/v1/client/allocation/{Id}/pause");
        JsonSemantics.AssertSameJson("""{"Task":"redis","ScheduleState":"pause"}""", requests[0].Body);
        JsonSemantics.AssertSameJson("""{"Task":"redis","ScheduleState":"run"}""", requests[1].Body);
        JsonSemantics.AssertSameJson("""{"Task":"redis","ScheduleState":"scheduled"}""", requests[2].Body);
        requests[3].AssertSent(server, "GET", $"/v1/client/allocation/{Id}/pause?task=log%20shipper%26x");
        Assert.Equal(TaskScheduleState.ForcePause, state.Value);
        NomadStubs.AssertMeta(state.Meta);
    }

    public static TheoryData<string, Func<INomadAllocationsClient, Task>> BadCalls() => new()
    {
        { "allocationId", c => c.GetAsync("a8198d79") },
        { "allocationId", c => c.GetAsync("a8198d79-cfdb-6593-a999-1e9adabcba2e/../x") },
        { "allocationId", c => c.StopAsync("a8198d79") },
        { "allocationId", c => c.SignalAsync("", "SIGHUP") },
        { "allocationId", c => c.RestartAsync("a8198d79-cfdb") },
        { "allocationId", c => c.RestartAllTasksAsync("a8198d79") },
        { "allocationId", c => c.ListServicesAsync("a8198d79") },
        { "allocationId", c => c.GetChecksAsync("a8198d79") },
        { "allocationId", c => c.PauseTaskAsync("a8198d79", "redis") },
        { "allocationId", c => c.GetTaskPauseStateAsync("a8198d79", "redis") },
        { "signal", c => c.SignalAsync(Id, " ") },
        { "options", c => c.SignalAsync(Id, "SIGHUP", new AllocationSignalOptions { Task = "" }) },
        { "options", c => c.RestartAsync(Id, new AllocationRestartOptions { TaskName = "" }) },
        { "task", c => c.PauseTaskAsync(Id, "") },
        { "task", c => c.ResumeTaskAsync(Id, " ") },
        { "task", c => c.ResetTaskScheduleAsync(Id, "") },
        { "task", c => c.GetTaskPauseStateAsync(Id, "") },
        { "options", c => c.ListAsync(new AllocationListOptions { Prefix = "a8198d7" }).GetAsyncEnumerator().MoveNextAsync().AsTask() },
        { "options", c => c.ListAsync(new AllocationListOptions { Prefix = "example" }).GetAsyncEnumerator().MoveNextAsync().AsTask() },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task Bad_input_throws_before_any_request(string paramName, Func<INomadAllocationsClient, Task> call)
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(nomad.Allocations));

        Assert.Equal(paramName, error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Seed_list_round_trips_with_the_string_delay() =>
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture("Allocations/list.json"), NomadJsonContext.Default.ListAllocationListStub);

    [Theory]
    [InlineData("Allocations/read.json")]
    [InlineData("Allocations/read-current.json")]
    public void Allocations_round_trip_with_the_job_and_unknown_fields(string fixture) =>
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture(fixture), NomadJsonContext.Default.Allocation, "$.Metrics.AllocationTime");

    [Fact]
    public void Services_checks_and_stop_round_trip()
    {
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture("Allocations/services.json"), NomadJsonContext.Default.ListServiceRegistration);
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture("Allocations/checks.json"), NomadJsonContext.Default.DictionaryStringAllocCheckStatus);
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture("Allocations/stop.json"), NomadJsonContext.Default.AllocStopResponse);
    }

    [Fact]
    public void A_delay_that_is_not_a_number_is_rejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"Events":[{"Delay":"5s"}]}""",
            NomadJsonContext.Default.RescheduleTracker));
    }

    private static void AssertAllocatedResources(AllocatedResources resources)
    {
        Assert.Equal(2, resources.Tasks!.Count);
        var redis = resources.Tasks["redis"];
        Assert.Equal(500L, redis.Cpu!.CpuShares);
        Assert.Equal([0, 3], redis.Cpu.ReservedCores!);
        Assert.Equal(256L, redis.Memory!.MemoryMB);
        Assert.Equal(512L, redis.Memory.MemoryMaxMB);
        Assert.Null(redis.Networks);
        var gpu = Assert.Single(redis.Devices!);
        Assert.Equal("nvidia", gpu.Vendor);
        Assert.Equal("gpu", gpu.Type);
        Assert.Equal("Tesla T4", gpu.Name);
        Assert.Equal(["GPU-1"], gpu.DeviceIds!);
        var shipper = resources.Tasks["log-shipper"];
        Assert.Equal(100L, shipper.Cpu!.CpuShares);
        Assert.Null(shipper.Cpu.ReservedCores);
        Assert.Equal(64L, shipper.Memory!.MemoryMB);
        Assert.Equal(0L, shipper.Memory.MemoryMaxMB);
        Assert.Null(shipper.Devices);
        Assert.Null(resources.TaskLifecycles!["redis"]);
        Assert.Equal("poststart", resources.TaskLifecycles["log-shipper"].Hook);
        Assert.True(resources.TaskLifecycles["log-shipper"].Sidecar);
        var shared = resources.Shared!;
        Assert.Equal(300L, shared.DiskMB);
        var network = Assert.Single(shared.Networks!);
        Assert.Equal("bridge", network.Mode);
        Assert.Equal("", network.Device);
        Assert.Equal("", network.Cidr);
        Assert.Equal("10.0.4.17", network.Ip);
        Assert.Equal("cache-0", network.Hostname);
        Assert.Equal(0, network.MBits);
        Assert.Equal(["10.0.0.2"], network.Dns!.Servers!);
        Assert.Equal(["service.consul"], network.Dns.Searches!);
        Assert.Equal(["ndots:2"], network.Dns.Options!);
        Assert.Null(network.ReservedPorts);
        var dynamicPort = Assert.Single(network.DynamicPorts!);
        Assert.Equal("db", dynamicPort.Label);
        Assert.Equal(23116, dynamicPort.Value);
        Assert.Equal(6379, dynamicPort.To);
        Assert.Equal("default", dynamicPort.HostNetwork);
        Assert.False(dynamicPort.IgnoreCollision);
        Assert.Equal("true", network.Cni!.Args!["IgnoreUnknown"]);
        var port = Assert.Single(shared.Ports!);
        Assert.Equal("db", port.Label);
        Assert.Equal(23116, port.Value);
        Assert.Equal(6379, port.To);
        Assert.Equal("10.0.4.17", port.HostIp);
        Assert.False(port.IgnoreCollision);
    }

    private static void AssertMetrics(AllocationMetric metrics)
    {
        Assert.Equal(3, metrics.NodesEvaluated);
        Assert.Equal(1, metrics.NodesFiltered);
        Assert.Equal(4, metrics.NodesInPool);
        Assert.Equal("default", metrics.NodePool);
        Assert.Equal(3, metrics.NodesAvailable!["dc1"]);
        Assert.Equal(1, metrics.ClassFiltered!["gpu"]);
        Assert.Equal(1, metrics.ConstraintFiltered!["${attr.kernel.name} = linux"]);
        Assert.Equal(1, metrics.NodesExhausted);
        Assert.Equal(1, metrics.ClassExhausted!["small"]);
        Assert.Equal(1, metrics.DimensionExhausted!["memory"]);
        Assert.Null(metrics.QuotaExhausted);
        Assert.Equal(128, metrics.ResourcesExhausted!["redis"].MemoryMB);
        Assert.Null(metrics.Scores);
        var score = Assert.Single(metrics.ScoreMetaData!);
        Assert.Equal("fb2170a8-257d-3c64-b14d-bc06cc94e34c", score.NodeId);
        Assert.Equal(0.6205732522109244, score.Scores!["binpack"]);
        Assert.Equal(0d, score.Scores["job-anti-affinity"]);
        Assert.Equal(0.6205732522109244, score.NormScore);
        Assert.Equal(TimeSpan.FromTicks(317), metrics.AllocationTime);
        Assert.Equal(0, metrics.CoalescedFailures);
    }

    private static void AssertCurrentTaskStates(IDictionary<string, TaskState> states)
    {
        Assert.Equal(2, states.Count);
        var redis = states["redis"];
        Assert.Equal(TaskStatus.Running, redis.State);
        Assert.False(redis.Failed);
        Assert.Equal(2UL, redis.Restarts);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 20, 0, 500, TimeSpan.FromHours(-5)), redis.LastRestart);
        Assert.Equal(TimeSpan.FromHours(-5), redis.LastRestart!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 31, TimeSpan.FromHours(1)).AddTicks(9_876_543), redis.StartedAt);
        Assert.Equal(TimeSpan.FromHours(1), redis.StartedAt!.Value.Offset);
        Assert.Null(redis.FinishedAt);
        Assert.Equal(TaskScheduleState.Run, redis.Paused);
        Assert.Equal(2, redis.Events!.Count);
        var restarting = redis.Events[0];
        Assert.Equal(TaskEventType.Restarting, restarting.Type);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(17_410_797_319_876_543), restarting.Time);
        Assert.Equal("", restarting.Message);
        Assert.Equal("Task restarting in 15.5s", restarting.DisplayMessage);
        Assert.Equal(2, restarting.Details!.Count);
        Assert.Equal("Restart within policy", restarting.Details["restart_reason"]);
        Assert.Equal("15500000000", restarting.Details["start_delay"]);
        Assert.False(restarting.FailsTask);
        Assert.Equal("Restart within policy", restarting.RestartReason);
        Assert.Equal("", restarting.SetupError);
        Assert.Equal("", restarting.DriverError);
        Assert.Equal(137, restarting.ExitCode);
        Assert.Equal(9, restarting.Signal);
        Assert.Equal(TimeSpan.FromSeconds(5), restarting.KillTimeout);
        Assert.Equal("", restarting.KillError);
        Assert.Equal("", restarting.KillReason);
        Assert.Equal(TimeSpan.FromSeconds(15.5), restarting.StartDelay);
        Assert.Equal("", restarting.DownloadError);
        Assert.Equal("", restarting.ValidationError);
        Assert.Equal(300L, restarting.DiskLimit);
        Assert.Equal(0L, restarting.DiskSize);
        Assert.Equal("", restarting.FailedSibling);
        Assert.Equal("", restarting.VaultError);
        Assert.Equal("", restarting.TaskSignalReason);
        Assert.Equal("", restarting.TaskSignal);
        Assert.Equal("", restarting.DriverMessage);
        Assert.Equal("", restarting.GenericSource);
        var unknown = redis.Events[1];
        Assert.Equal("Template Rendered Differently", unknown.Type!.Value.Value); // open enum: a newer type reads as is
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_079_732), unknown.Time);
        Assert.Equal("An event type this SDK does not know", unknown.DisplayMessage);
        var shipper = states["log-shipper"];
        Assert.Equal(TaskStatus.Dead, shipper.State);
        Assert.True(shipper.Failed);
        Assert.Equal(0UL, shipper.Restarts);
        Assert.Null(shipper.LastRestart);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 15, 30, TimeSpan.Zero), shipper.StartedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 16, 0, TimeSpan.Zero), shipper.FinishedAt); // the 1 ns is below 100 ns
        Assert.Empty(shipper.Events!);
        Assert.Equal(TaskScheduleState.ForcePause, shipper.Paused);
    }
}
