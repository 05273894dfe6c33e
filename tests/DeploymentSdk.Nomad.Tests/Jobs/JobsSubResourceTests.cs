namespace DeploymentSdk.Nomad.Tests.Jobs;

/// <summary>
/// Contract tests of a job's allocations, evaluations, deployments and services: the request sent, every field of the
/// seed samples, and what the SDK returns for a job that does not exist.
/// </summary>
public sealed class JobsSubResourceTests
{
    [Fact]
    public async Task ListAllocationsAsync_sends_all_and_maps_the_seed_allocations()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/example/allocations", JobsWire.Fixture("allocations.json"), index: "13");
        using var nomad = server.CreateClient();

        var response = await nomad.Jobs.ListAllocationsAsync("example", new JobAllocationListOptions { IncludeAll = true, Namespace = "apps", WaitIndex = 12 });

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/example/allocations?all=true&namespace=apps&index=12");
        NomadStubs.AssertMeta(response.Meta, 13);
        var alloc = Assert.Single(response.Value);
        Assert.Equal(("ed344e0a-7290-d117-41d3-a64f853ca3c2", "a9c5effc-2242-51b2-f1fe-054ee11ab189", "example.cache[0]"), (alloc.Id, alloc.EvalId, alloc.Name));
        Assert.Equal(("cb1f6030-a220-4f92-57dc-7baaabdc3823", "example", "cache"), (alloc.NodeId, alloc.JobId, alloc.TaskGroup));
        Assert.Equal((AllocationDesiredStatus.Run, "", AllocationClientStatus.Running, ""), (alloc.DesiredStatus, alloc.DesiredDescription, alloc.ClientStatus, alloc.ClientDescription));
        Assert.Equal((9UL, 13UL), (alloc.CreateIndex, alloc.ModifyIndex));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_495_755_675).AddTicks(9_445_276), alloc.CreateTime);
        var redis = alloc.TaskStates!["redis"];
        Assert.Equal((TaskStatus.Running, false), (redis.State, redis.Failed));
        Assert.Equal(new DateTimeOffset(2017, 5, 25, 23, 41, 23, TimeSpan.Zero).AddTicks(2_401_841), redis.StartedAt);
        Assert.Null(redis.FinishedAt);
        Assert.Equal([TaskEventType.Received, TaskEventType.TaskSetup, TaskEventType.Driver, TaskEventType.Started], redis.Events!.Select(e => e.Type!.Value));
        Assert.Equal("Building Task Directory", redis.Events![1].Message);
        Assert.Equal("Downloading image redis:3.2", redis.Events[2].DriverMessage);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_495_755_683).AddTicks(2_275_220), redis.Events[3].Time);
        Assert.Empty(JobsWire.UnknownFields(response.Value));
    }

    [Fact]
    public async Task ListEvaluationsAsync_maps_the_seed_evaluations()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/example/evaluations", JobsWire.Fixture("evaluations.json"), index: "10");
        using var nomad = server.CreateClient();

        var evaluations = (await nomad.Jobs.ListEvaluationsAsync("example")).Value;

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/example/evaluations");
        var eval = Assert.Single(evaluations);
        Assert.Equal(("a9c5effc-2242-51b2-f1fe-054ee11ab189", 50, "service", EvaluationTrigger.JobRegister), (eval.Id, eval.Priority, eval.Type, eval.TriggeredBy));
        Assert.Equal(("example", 7UL, "", 0UL), (eval.JobId, eval.JobModifyIndex, eval.NodeId, eval.NodeModifyIndex));
        Assert.Equal((EvaluationStatus.Complete, "", TimeSpan.Zero), (eval.Status, eval.StatusDescription, eval.Wait));
        Assert.Equal(("", "", ""), (eval.NextEval, eval.PreviousEval, eval.BlockedEval));
        Assert.Null(eval.FailedTGAllocs);
        Assert.Null(eval.ClassEligibility);
        Assert.Equal((false, false), (eval.EscapedComputedClass, eval.AnnotatePlan));
        Assert.Equal(0, eval.QueuedAllocations!["cache"]);
        Assert.Equal((8UL, 8UL, 10UL), (eval.SnapshotIndex, eval.CreateIndex, eval.ModifyIndex));
        Assert.Empty(JobsWire.UnknownFields(evaluations));
    }

    [Fact]
    public async Task ListDeploymentsAsync_sends_all_and_maps_the_seed_deployments()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/my-job/deployments", JobsWire.Fixture("deployments.json"), index: "25");
        using var nomad = server.CreateClient();

        var deployments = (await nomad.Jobs.ListDeploymentsAsync("my-job", new JobDeploymentListOptions { IncludeAll = true })).Value;

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/my-job/deployments?all=true");
        Assert.Equal(2, deployments.Count);
        AssertRunningSeedDeployment(deployments[0]);
        var done = deployments[1];
        Assert.Equal(("fb6070fb-4a44-e255-4e6f-8213eba3871a", 0UL, 7UL, DeploymentStatus.Successful), (done.Id, done.JobVersion, done.JobModifyIndex, done.Status));
        Assert.Equal(("Deployment completed successfully", 9UL, 17UL), (done.StatusDescription, done.CreateIndex, done.ModifyIndex));
        var cache = done.TaskGroups!["cache"];
        Assert.Null(cache.PlacedCanaries);
        Assert.Equal((0, 3, 3, 3, 0), (cache.DesiredCanaries, cache.DesiredTotal, cache.PlacedAllocs, cache.HealthyAllocs, cache.UnhealthyAllocs));
        Assert.Empty(JobsWire.UnknownFields(deployments));
    }

    [Fact]
    public async Task GetLatestDeploymentAsync_is_a_blocking_query_and_maps_the_seed_deployment()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/my-job/deployment", JobsWire.Fixture("deployment.json"), index: "25");
        using var nomad = server.CreateClient();

        var response = await nomad.Jobs.GetLatestDeploymentAsync("my-job", new NomadQueryOptions { WaitIndex = 21, WaitTime = TimeSpan.FromMinutes(1) });

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/my-job/deployment?index=21&wait=60000ms");
        Assert.Equal(25UL, response.LastIndex);
        AssertRunningSeedDeployment(response.Value!);
        Assert.Empty(JobsWire.UnknownFields(response.Value));
    }

    [Fact]
    public async Task ListServicesAsync_maps_the_registrations()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/example/services", JobsWire.Fixture("services.json"), index: "24");
        using var nomad = server.CreateClient();

        var services = (await nomad.Jobs.ListServicesAsync("example", new NomadQueryOptions { AllowStale = true })).Value;

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/example/services?stale=true");
        var service = Assert.Single(services);
        Assert.Equal(("_nomad-task-177160af-26f6-619f-9c9f-5e46d1104395-redis-example-cache-redis-db", "example-cache-redis", "default"), (service.Id, service.ServiceName, service.Namespace));
        Assert.Equal(("7406e90b-de16-d118-80fe-60d0f2730cb3", "dc1", "example", "177160af-26f6-619f-9c9f-5e46d1104395"), (service.NodeId, service.Datacenter, service.JobId, service.AllocId));
        Assert.Equal(["db", "cache"], service.Tags);
        Assert.Equal(("127.0.0.1", 29702, 14UL, 24UL), (service.Address, service.Port, service.CreateIndex, service.ModifyIndex));
        Assert.Empty(JobsWire.UnknownFields(services));
    }

    [Fact]
    public async Task Sub_resources_of_a_missing_job_are_empty_lists_and_a_null_deployment_as_Nomad_answers()
    {
        // Nomad answers 200 with [] (allocations, evaluations, deployments) and null (latest deployment) for a job ID
        // it does not know; the SDK passes that on rather than inventing a 404.
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/ghost/allocations", "[]");
        server.Answer("GET", "/v1/job/ghost/evaluations", "[]");
        server.Answer("GET", "/v1/job/ghost/deployments", "[]");
        server.Answer("GET", "/v1/job/ghost/deployment", "null");
        using var nomad = server.CreateClient();

        Assert.Empty((await nomad.Jobs.ListAllocationsAsync("ghost")).Value);
        Assert.Empty((await nomad.Jobs.ListEvaluationsAsync("ghost")).Value);
        Assert.Empty((await nomad.Jobs.ListDeploymentsAsync("ghost")).Value);
        var latest = await nomad.Jobs.GetLatestDeploymentAsync("ghost");

        Assert.Null(latest.Value);
        NomadStubs.AssertMeta(latest.Meta);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Services_of_a_missing_job_throw_not_found()
    {
        using var server = new NomadTestServer();
        server.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/job/ghost/services").UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(404).WithBody("job not found"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.ListServicesAsync("ghost"));

        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task Sub_resource_reads_refuse_a_blank_job_ID(string jobId)
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();
        var jobs = nomad.Jobs;

        Func<Task>[] calls =
        [
            () => jobs.ListAllocationsAsync(jobId),
            () => jobs.ListEvaluationsAsync(jobId),
            () => jobs.ListDeploymentsAsync(jobId),
            () => jobs.GetLatestDeploymentAsync(jobId),
            () => jobs.ListServicesAsync(jobId),
        ];

        foreach (var call in calls)
        {
            Assert.Equal("jobId", (await Assert.ThrowsAnyAsync<ArgumentException>(call)).ParamName);
        }

        Assert.Empty(server.Requests);
    }

    private static void AssertRunningSeedDeployment(Deployment deployment)
    {
        Assert.Equal(("85ee4a9a-339f-a921-a9ef-0550d20b2c61", "my-job", 1UL, 19UL, 7UL), (deployment.Id, deployment.JobId, deployment.JobVersion, deployment.JobModifyIndex, deployment.JobCreateIndex));
        Assert.Equal((DeploymentStatus.Running, "Deployment is running", 21UL, 25UL), (deployment.Status, deployment.StatusDescription, deployment.CreateIndex, deployment.ModifyIndex));
        var cache = deployment.TaskGroups!["cache"];
        Assert.Equal((true, false), (cache.AutoRevert, cache.Promoted));
        Assert.Equal(["d0ad0808-2765-abf6-1e15-79fb7fe5a416", "38c70cd8-81f2-1489-a328-87bb29ec0e0f"], cache.PlacedCanaries);
        Assert.Equal((2, 3, 2, 2, 0), (cache.DesiredCanaries, cache.DesiredTotal, cache.PlacedAllocs, cache.HealthyAllocs, cache.UnhealthyAllocs));
    }
}
