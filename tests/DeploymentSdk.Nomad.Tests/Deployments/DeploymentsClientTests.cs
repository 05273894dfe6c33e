using DeploymentSdk.Nomad.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests;

// Fixtures: Fixtures/Deployments/{list,read,allocations,fail,pause,promote,allocation-health,unblock}.json are the
// sample payloads of the seed deployments page (valid JSON as given). read-current.json has the fields current Nomad
// (1.9+) adds, written from nomad/structs.Deployment, with a 9-digit non-UTC time, indexes above 2^31 and an unknown field.
public sealed class DeploymentsClientTests
{
    private const string DeploymentId = "70638f62-5c19-193e-30d6-f9d6e689ab8e";
    private const string WriteId = "5456bd7a-9fc0-c0dd-6131-cbee77f57577";

    [Fact]
    public async Task ListAsync_sends_every_list_option_and_reads_the_seed_deployment()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/deployments", NomadTestServer.Fixture("Deployments/list.json"));
        using var nomad = server.CreateClient();

        var query = new NomadQueryOptions { Namespace = "*", Prefix = "7063-8f62", Filter = "Status == \"running\"", PerPage = 20, Reverse = true };
        var pages = new List<Page<Deployment>>();
        await foreach (var page in nomad.Deployments.ListAsync(query).AsPages())
        {
            pages.Add(page);
        }

        var page1 = Assert.IsType<NomadPage<Deployment>>(Assert.Single(pages));
        NomadStubs.AssertMeta(page1.Meta);
        AssertSeedDeployment(Assert.Single(page1.Values));
        server.SingleRequest().AssertSent(
            server,
            "GET",
            "/v1/deployments?namespace=%2A&prefix=7063-8f62&filter=Status%20%3D%3D%20%22running%22&per_page=20&reverse=true");
    }

    [Fact]
    public async Task ListAsync_follows_next_token_page_by_page()
    {
        using var server = new NomadTestServer();
        var first = NomadTestServer.Fixture("Deployments/list.json");
        server.Server
            .Given(Request.Create().WithPath("/v1/deployments").WithParam("next_token", "b1f4").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(first.Replace(DeploymentId, "b1f4e0e0-0000-4000-8000-000000000000", StringComparison.Ordinal)));
        server.Server
            .Given(Request.Create().WithPath("/v1/deployments").WithParam("per_page", "1").UsingGet())
            .AtPriority(10)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithHeader("X-Nomad-NextToken", "b1f4").WithBody(first));
        using var nomad = server.CreateClient();

        var ids = new List<string?>();
        await foreach (var deployment in nomad.Deployments.ListAsync(new NomadQueryOptions { PerPage = 1 }))
        {
            ids.Add(deployment.Id);
        }

        Assert.Equal([DeploymentId, "b1f4e0e0-0000-4000-8000-000000000000"], ids);
        Assert.Equal(
            ["/v1/deployments?per_page=1", "/v1/deployments?per_page=1&next_token=b1f4"],
            server.Requests.Select(r => r.RequestMessage!.Url[server.Url.Length..]));
    }

    [Fact]
    public async Task GetAsync_reads_the_seed_deployment_and_the_metadata()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/deployment/{DeploymentId}", NomadTestServer.Fixture("Deployments/read.json"));
        using var nomad = server.CreateClient(o => o.Region = "eu");

        var response = await nomad.Deployments.GetAsync(DeploymentId);

        AssertSeedDeployment(response.Value);
        NomadStubs.AssertMeta(response.Meta);
        server.SingleRequest().AssertSent(server, "GET", $"/v1/deployment/{DeploymentId}?region=eu");
    }

    [Fact]
    public async Task GetAsync_is_a_blocking_read_and_reads_every_current_field()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/deployment/{DeploymentId}", NomadTestServer.Fixture("Deployments/read-current.json"), index: "3000000008");
        using var nomad = server.CreateClient();

        Deployment deployment = await nomad.Deployments.GetAsync(
            DeploymentId,
            new NomadQueryOptions { WaitIndex = 3_000_000_007, WaitTime = TimeSpan.FromSeconds(30), Namespace = "apps" });

        server.SingleRequest().AssertSent(server, "GET", $"/v1/deployment/{DeploymentId}?namespace=apps&index=3000000007&wait=30000ms");
        Assert.Equal(DeploymentId, deployment.Id);
        Assert.Equal("apps", deployment.Namespace);
        Assert.Equal("example", deployment.JobId);
        Assert.Equal(4UL, deployment.JobVersion);
        Assert.Equal(3_000_000_100UL, deployment.JobModifyIndex);
        Assert.Equal(3_000_000_050UL, deployment.JobSpecModifyIndex);
        Assert.Equal(7UL, deployment.JobCreateIndex);
        Assert.True(deployment.IsMultiregion);
        var group = Assert.Single(deployment.TaskGroups!);
        Assert.Equal("cache", group.Key);
        Assert.True(group.Value.AutoRevert);
        Assert.False(group.Value.AutoPromote);
        Assert.Equal(TimeSpan.FromMinutes(10), group.Value.ProgressDeadline);
        // 9 fractional digits are read to DateTimeOffset's 100 ns; the +01:00 offset is kept.
        var requireBy = group.Value.RequireProgressBy!.Value;
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 30, TimeSpan.FromHours(1)).AddTicks(1_234_567), requireBy);
        Assert.Equal(TimeSpan.FromHours(1), requireBy.Offset);
        Assert.False(group.Value.Promoted);
        Assert.Equal(["a8198d79-cfdb-6593-a999-1e9adabcba2e"], group.Value.PlacedCanaries!);
        Assert.Equal(1, group.Value.DesiredCanaries);
        Assert.Equal(3, group.Value.DesiredTotal);
        Assert.Equal(1, group.Value.PlacedAllocs);
        Assert.Equal(0, group.Value.HealthyAllocs);
        Assert.Equal(0, group.Value.UnhealthyAllocs);
        Assert.Equal(DeploymentStatus.Blocked, deployment.Status);
        Assert.Equal("Deployment is complete but waiting for peer region", deployment.StatusDescription);
        Assert.Equal(50, deployment.EvalPriority);
        Assert.Equal(3_000_000_000UL, deployment.CreateIndex);
        Assert.Equal(3_000_000_007UL, deployment.ModifyIndex);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(17_410_797_301_234_567), deployment.CreateTime);
        Assert.Equal(TimeSpan.Zero, deployment.CreateTime!.Value.Offset);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_079_731), deployment.ModifyTime);
        JsonSemantics.AssertSameJson("""{"Kept":[1,"two"]}""", deployment.AdditionalProperties!["FieldFromANewerNomad"].GetRawText());
    }

    [Fact]
    public async Task ListAllocationsAsync_reads_the_seed_allocations_with_their_task_events()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/deployment/allocations/{WriteId}", NomadTestServer.Fixture("Deployments/allocations.json"));
        using var nomad = server.CreateClient();

        var response = await nomad.Deployments.ListAllocationsAsync(WriteId);

        server.SingleRequest().AssertSent(server, "GET", $"/v1/deployment/allocations/{WriteId}");
        NomadStubs.AssertMeta(response.Meta);
        var alloc = Assert.Single(response.Value);
        Assert.Equal("287b65cc-6c25-cea9-0332-e4a75ca2af98", alloc.Id);
        Assert.Equal("9751cb74-1a0d-190e-d026-ad2bc666ad2c", alloc.EvalId);
        Assert.Equal("example.cache[0]", alloc.Name);
        Assert.Equal("cb1f6030-a220-4f92-57dc-7baaabdc3823", alloc.NodeId);
        Assert.Equal("example", alloc.JobId);
        Assert.Equal("cache", alloc.TaskGroup);
        Assert.Equal(AllocationDesiredStatus.Run, alloc.DesiredStatus);
        Assert.Equal("", alloc.DesiredDescription);
        Assert.Equal(AllocationClientStatus.Running, alloc.ClientStatus);
        Assert.Equal("", alloc.ClientDescription);
        Assert.Null(alloc.DeploymentStatus);
        Assert.Equal(19UL, alloc.CreateIndex);
        Assert.Equal(22UL, alloc.ModifyIndex);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(14_987_753_806_784_863), alloc.CreateTime);
        Assert.Equal(alloc.CreateTime, alloc.ModifyTime);
        var redis = Assert.Single(alloc.TaskStates!);
        Assert.Equal("redis", redis.Key);
        Assert.Equal(TaskStatus.Running, redis.Value.State);
        Assert.False(redis.Value.Failed);
        // "2017-06-29T22:29:41.52000268Z": 8 fractional digits, read to 100 ns.
        Assert.Equal(new DateTimeOffset(2017, 6, 29, 22, 29, 41, TimeSpan.Zero).AddTicks(5_200_026), redis.Value.StartedAt);
        Assert.Null(redis.Value.FinishedAt); // Go's zero time
        Assert.Equal(
            [TaskEventType.Received, TaskEventType.TaskSetup, TaskEventType.Started],
            redis.Value.Events!.Select(e => e.Type!.Value));
        Assert.Equal(
            [14_987_753_806_933_074L, 14_987_753_806_936_590L, 14_987_753_815_084_938L],
            redis.Value.Events!.Select(e => (e.Time!.Value - DateTimeOffset.UnixEpoch).Ticks));
        Assert.Equal(["", "Building Task Directory", ""], redis.Value.Events!.Select(e => e.Message));
        foreach (var e in redis.Value.Events!)
        {
            SeedAllocations.AssertSeedEvent(e, driverMessage: "", message: e.Message!);
        }
    }

    [Fact]
    public async Task FailAsync_posts_the_deployment_id_and_reads_the_reverted_version()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/deployment/fail/{WriteId}", NomadTestServer.Fixture("Deployments/fail.json"), index: "20");
        using var nomad = server.CreateClient();

        var response = await nomad.Deployments.FailAsync(WriteId, new NomadWriteOptions { Namespace = "apps", IdempotencyToken = "not-sent" });

        var request = server.SingleRequest();
        // Nomad does not deduplicate deployment changes, so the idempotency token is dropped (and nothing retries).
        request.AssertSent(server, "POST", $"/v1/deployment/fail/{WriteId}?namespace=apps");
        JsonSemantics.AssertSameJson($$"""{"DeploymentID":"{{WriteId}}"}""", request.Body);
        AssertUpdate(response.Value, revertedJobVersion: 1);
        NomadStubs.AssertMeta(response.Meta, index: 20);
    }

    [Fact]
    public async Task PauseAsync_and_ResumeAsync_post_the_pause_flag()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/deployment/pause/{WriteId}", NomadTestServer.Fixture("Deployments/pause.json"), index: "20");
        using var nomad = server.CreateClient();

        var paused = await nomad.Deployments.PauseAsync(WriteId);
        var resumed = await nomad.Deployments.ResumeAsync(WriteId);

        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        requests[0].AssertSent(server, "POST", $"/v1/deployment/pause/{WriteId}");
        JsonSemantics.AssertSameJson($$"""{"DeploymentID":"{{WriteId}}","Pause":true}""", requests[0].Body);
        requests[1].AssertSent(server, "POST", $"/v1/deployment/pause/{WriteId}");
        JsonSemantics.AssertSameJson($$"""{"DeploymentID":"{{WriteId}}","Pause":false}""", requests[1].Body);
        AssertUpdate(paused.Value, revertedJobVersion: null);
        AssertUpdate(resumed.Value, revertedJobVersion: null);
    }

    [Fact]
    public async Task PromoteAsync_posts_all_or_the_named_groups()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/deployment/promote/{WriteId}", NomadTestServer.Fixture("Deployments/promote.json"), index: "20");
        using var nomad = server.CreateClient();

        var all = await nomad.Deployments.PromoteAsync(WriteId, new DeploymentPromoteOptions { All = true });
        var groups = await nomad.Deployments.PromoteAsync(WriteId, new DeploymentPromoteOptions { Groups = ["web", "api-server"] });

        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        requests[0].AssertSent(server, "POST", $"/v1/deployment/promote/{WriteId}");
        JsonSemantics.AssertSameJson($$"""{"DeploymentID":"{{WriteId}}","All":true}""", requests[0].Body);
        requests[1].AssertSent(server, "POST", $"/v1/deployment/promote/{WriteId}");
        JsonSemantics.AssertSameJson($$"""{"DeploymentID":"{{WriteId}}","Groups":["web","api-server"]}""", requests[1].Body);
        AssertUpdate(all.Value, revertedJobVersion: null);
        AssertUpdate(groups.Value, revertedJobVersion: null);
    }

    [Fact]
    public async Task SetAllocationHealthAsync_posts_the_healthy_and_unhealthy_ids()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/deployment/allocation-health/{WriteId}", NomadTestServer.Fixture("Deployments/allocation-health.json"), index: "20");
        using var nomad = server.CreateClient();

        var healthy = await nomad.Deployments.SetAllocationHealthAsync(
            WriteId,
            ["eb13bc8a-7300-56f3-14c0-d4ad115ec3f5", "6584dad8-7ae3-360f-3069-0b4309711cc1"],
            null);
        await nomad.Deployments.SetAllocationHealthAsync(WriteId, [], ["6584dad8-7ae3-360f-3069-0b4309711cc1"]);

        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        requests[0].AssertSent(server, "POST", $"/v1/deployment/allocation-health/{WriteId}");
        JsonSemantics.AssertSameJson(
            $$"""{"DeploymentID":"{{WriteId}}","HealthyAllocationIDs":["eb13bc8a-7300-56f3-14c0-d4ad115ec3f5","6584dad8-7ae3-360f-3069-0b4309711cc1"]}""",
            requests[0].Body);
        JsonSemantics.AssertSameJson(
            $$"""{"DeploymentID":"{{WriteId}}","UnhealthyAllocationIDs":["6584dad8-7ae3-360f-3069-0b4309711cc1"]}""",
            requests[1].Body);
        AssertUpdate(healthy.Value, revertedJobVersion: 1);
    }

    [Fact]
    public async Task UnblockAsync_posts_the_deployment_id()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", $"/v1/deployment/unblock/{WriteId}", NomadTestServer.Fixture("Deployments/unblock.json"), index: "20");
        using var nomad = server.CreateClient();

        var response = await nomad.Deployments.UnblockAsync(WriteId, new NomadWriteOptions { Region = "us-east" });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", $"/v1/deployment/unblock/{WriteId}?region=us-east");
        JsonSemantics.AssertSameJson($$"""{"DeploymentID":"{{WriteId}}"}""", request.Body);
        AssertUpdate(response.Value, revertedJobVersion: null);
    }

    [Fact]
    public async Task GetAsync_maps_a_404_to_not_found()
    {
        using var server = new NomadTestServer();
        server.Server
            .Given(Request.Create().WithPath($"/v1/deployment/{DeploymentId}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("X-Nomad-Index", "41").WithBody("deployment not found"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Deployments.GetAsync(DeploymentId));

        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
        Assert.Equal(41UL, error.Meta.LastIndex);
    }

    public static TheoryData<string, Func<INomadDeploymentsClient, Task>> BadCalls() => new()
    {
        { "deploymentId", c => c.GetAsync("70638f62") },
        { "deploymentId", c => c.GetAsync("../deployments") },
        { "deploymentId", c => c.ListAllocationsAsync("70638f62-5c19-193e-30d6") },
        { "deploymentId", c => c.FailAsync("") },
        { "deploymentId", c => c.PauseAsync("70638F62") },
        { "deploymentId", c => c.ResumeAsync("not-a-uuid-at-all-not-a-uuid-at-all") },
        { "deploymentId", c => c.UnblockAsync("{70638f62-5c19-193e-30d6-f9d6e689ab8e}") },
        { "deploymentId", c => c.PromoteAsync("70638f62", new DeploymentPromoteOptions { All = true }) },
        { "options", c => c.PromoteAsync(WriteId, new DeploymentPromoteOptions()) },
        { "options", c => c.PromoteAsync(WriteId, new DeploymentPromoteOptions { Groups = [] }) },
        { "options", c => c.PromoteAsync(WriteId, new DeploymentPromoteOptions { All = true, Groups = ["web"] }) },
        { "options", c => c.PromoteAsync(WriteId, new DeploymentPromoteOptions { Groups = ["web", " "] }) },
        { "healthyAllocationIds", c => c.SetAllocationHealthAsync(WriteId, null, null) },
        { "healthyAllocationIds", c => c.SetAllocationHealthAsync(WriteId, [], []) },
        { "healthyAllocationIds", c => c.SetAllocationHealthAsync(WriteId, ["eb13bc8a"], null) },
        { "unhealthyAllocationIds", c => c.SetAllocationHealthAsync(WriteId, null, ["eb13bc8a-7300-56f3-14c0"]) },
        { "query", c => c.ListAsync(new NomadQueryOptions { Prefix = "7063f" }).GetAsyncEnumerator().MoveNextAsync().AsTask() },
        { "query", c => c.ListAsync(new NomadQueryOptions { Prefix = "web" }).GetAsyncEnumerator().MoveNextAsync().AsTask() },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task Bad_input_throws_before_any_request(string paramName, Func<INomadDeploymentsClient, Task> call)
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(nomad.Deployments));

        Assert.Equal(paramName, error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("Deployments/list.json")]
    [InlineData("Deployments/allocations.json")]
    public void Seed_lists_round_trip(string fixture)
    {
        var json = NomadTestServer.Fixture(fixture);
        if (fixture.EndsWith("list.json", StringComparison.Ordinal))
        {
            JsonSemantics.AssertRoundTrips(json, NomadJsonContext.Default.ListDeployment);
        }
        else
        {
            JsonSemantics.AssertRoundTrips(json, NomadJsonContext.Default.ListAllocationListStub);
        }
    }

    [Theory]
    [InlineData("Deployments/read.json")]
    [InlineData("Deployments/read-current.json")]
    public void Deployments_round_trip_with_unknown_fields(string fixture) =>
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture(fixture), NomadJsonContext.Default.Deployment);

    [Theory]
    [InlineData("Deployments/fail.json")]
    [InlineData("Deployments/pause.json")]
    public void Update_responses_round_trip(string fixture) =>
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture(fixture), NomadJsonContext.Default.DeploymentUpdateResponse);

    [Fact]
    public void A_status_a_newer_Nomad_adds_reads_and_writes_back()
    {
        var deployment = JsonSemantics.AssertRoundTrips("""{"Status":"rolling-back"}""", NomadJsonContext.Default.Deployment);

        Assert.Equal("rolling-back", deployment.Status!.Value.Value);
        Assert.NotEqual(DeploymentStatus.Running, deployment.Status);
    }

    private static void AssertSeedDeployment(Deployment deployment)
    {
        Assert.Equal(DeploymentId, deployment.Id);
        Assert.Equal("example", deployment.JobId);
        Assert.Equal(1UL, deployment.JobVersion);
        Assert.Equal(17UL, deployment.JobModifyIndex);
        Assert.Equal(17UL, deployment.JobSpecModifyIndex);
        Assert.Equal(7UL, deployment.JobCreateIndex);
        var group = Assert.Single(deployment.TaskGroups!);
        Assert.Equal("cache", group.Key);
        Assert.False(group.Value.Promoted);
        Assert.Equal(1, group.Value.DesiredCanaries);
        Assert.Equal(3, group.Value.DesiredTotal);
        Assert.Equal(1, group.Value.PlacedAllocs);
        Assert.Equal(0, group.Value.HealthyAllocs);
        Assert.Equal(0, group.Value.UnhealthyAllocs);
        Assert.Null(group.Value.AutoRevert); // not in the v0.6-era sample: "not sent" stays null
        Assert.Equal(DeploymentStatus.Running, deployment.Status);
        Assert.Equal("", deployment.StatusDescription);
        Assert.Equal(19UL, deployment.CreateIndex);
        Assert.Equal(19UL, deployment.ModifyIndex);
        Assert.Null(deployment.Namespace);
        Assert.Null(deployment.CreateTime);
        Assert.Null(deployment.AdditionalProperties);
    }

    private static void AssertUpdate(DeploymentUpdateResponse update, ulong? revertedJobVersion)
    {
        Assert.Equal("0d834913-58a0-81ac-6e33-e452d83a0c66", update.EvalId);
        Assert.Equal(20UL, update.EvalCreateIndex);
        Assert.Equal(20UL, update.DeploymentModifyIndex);
        Assert.Equal(revertedJobVersion, update.RevertedJobVersion);
        Assert.Equal(20UL, update.Index);
    }
}
