using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>
/// Registering a job and following it to the end, against a WireMock.Net server that plays a Nomad cluster through
/// the evaluation and deployment, one blocking answer at a time.
/// </summary>
public sealed class DeploymentFollowerTests : IDisposable
{
    private const string EvalId = "a1b2c3d4-0000-4000-8000-000000000001";
    private const string DeploymentId = "d1d2d3d4-0000-4000-8000-000000000002";
    private const string BlockedEvalId = "b1b2b3b4-0000-4000-8000-000000000003";
    private const string EvalPath = "/v1/evaluation/" + EvalId;
    private const string DeploymentPath = "/v1/deployment/" + DeploymentId;

    private readonly NomadTestServer _server = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StepRecorder _progress = new();

    public void Dispose()
    {
        _release.TrySetResult();
        _server.Dispose();
    }

    /// <summary>A deadline on a fake clock that only the test moves; no other timer runs (no pacing, no errors).</summary>
    private static NomadDeployOptions FakeDeadline(FakeTimeProvider time, TimeSpan deadline)
    {
        var options = Fast(deadline);
        options.Watch!.TimeProvider = time;
        options.Watch.MinimumInterval = TimeSpan.Zero;
        return options;
    }

    private static NomadDeployOptions WithProgress(NomadDeployOptions options, IProgress<NomadDeploymentProgress> progress)
    {
        options.Progress = progress;
        return options;
    }

    private static NomadDeployOptions Fast(TimeSpan? deadline = null) => new()
    {
        Deadline = deadline,
        Watch = new NomadWatchOptions
        {
            WaitTime = TimeSpan.FromSeconds(5),
            MinimumInterval = TimeSpan.FromMilliseconds(5),
            ErrorBackoffInitial = TimeSpan.FromMilliseconds(10),
            ErrorBackoffMax = TimeSpan.FromMilliseconds(50),
        },
    };

    private static Job WebJob(string type = "service") => new()
    {
        Id = "web",
        Name = "web",
        Namespace = "apps",
        Type = new JobType(type),
        TaskGroups = [new TaskGroup { Name = "web", Count = 3 }],
    };

    private void Register(string evalId = EvalId) =>
        _server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost())
            .RespondWith(Json(20, $$"""{"EvalID":"{{evalId}}","EvalCreateIndex":20,"JobModifyIndex":20,"Warnings":"","Index":20}"""));

    /// <summary>Answers GET <paramref name="path"/> at <paramref name="waitIndex"/> (null: the plain read) with <paramref name="body"/> at <paramref name="index"/>.</summary>
    private void At(string path, ulong? waitIndex, ulong index, string body)
    {
        var request = Request.Create().WithPath(path).UsingGet();
        request = waitIndex is { } wait
            ? request.WithParam("index", wait.ToString(CultureInfo.InvariantCulture))
            : request.WithParam("index", MatchBehaviour.RejectOnMatch);
        _server.Server.Given(request).RespondWith(Json(index, body));
    }

    /// <summary>A blocking read at <paramref name="waitIndex"/> that nothing answers until the test ends.</summary>
    private void Idle(string path, ulong waitIndex) =>
        _server.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("index", waitIndex.ToString(CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithCallback(async _ =>
            {
                _idle.TrySetResult();
                await _release.Task;
                var message = new ResponseMessage
                {
                    StatusCode = 500,
                    BodyData = new BodyData { BodyAsString = "shutting down", DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
                };
                return (IResponseMessage)message;
            }));

    private static IResponseBuilder Json(ulong index, string body) =>
        Response.Create()
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Nomad-Index", index.ToString(CultureInfo.InvariantCulture))
            .WithBody(body);

    private static string Eval(string status, ulong modifyIndex, string deploymentId = "", string blockedEval = "", string description = "", string extra = "") =>
        $$"""{"ID":"{{EvalId}}","Namespace":"apps","JobID":"web","Type":"service","TriggeredBy":"job-register","Status":"{{status}}","StatusDescription":"{{description}}","DeploymentID":"{{deploymentId}}","NextEval":"","BlockedEval":"{{blockedEval}}"{{extra}},"CreateIndex":20,"ModifyIndex":{{modifyIndex}} }""";

    private static string Deployment(string status, string description, ulong modifyIndex, int placed, int healthy, int unhealthy = 0, int canaries = 0, int healthyCanaryGroupTotal = 3, bool promoted = false) =>
        $$"""
        {"ID":"{{DeploymentId}}","Namespace":"apps","JobID":"web","JobVersion":7,"Status":"{{status}}","StatusDescription":"{{description}}",
         "TaskGroups":{"web":{"DesiredTotal":{{healthyCanaryGroupTotal}},"DesiredCanaries":{{canaries}},"PlacedCanaries":{{(canaries > 0 ? "[\"c1\"]" : "null")}},"Promoted":{{(promoted ? "true" : "false")}},
                              "PlacedAllocs":{{placed}},"HealthyAllocs":{{healthy}},"UnhealthyAllocs":{{unhealthy}},"AutoRevert":true} },
         "CreateIndex":22,"ModifyIndex":{{modifyIndex}}}
        """;

    private static string? Param(WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage!.Query is { } query && query.TryGetValue(name, out var values) ? values.ToString() : null;

    [Fact]
    public async Task DeployAsync_registers_then_follows_the_evaluation_and_the_deployment_to_success()
    {
        Register();
        At(EvalPath, null, 20, Eval("pending", 20));
        At(EvalPath, 20, 22, Eval("complete", 22, DeploymentId));
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running", 23, placed: 1, healthy: 0));
        At(DeploymentPath, 23, 24, Deployment("running", "Deployment is running", 23, placed: 1, healthy: 0)); // another deployment moved the index
        At(DeploymentPath, 24, 25, Deployment("running", "Deployment is running", 25, placed: 3, healthy: 2));
        At(DeploymentPath, 25, 27, Deployment("successful", "Deployment completed successfully", 27, placed: 3, healthy: 3));
        using var nomad = _server.CreateClient();

        var result = await nomad.DeployAsync(WebJob(), WithProgress(Fast(), _progress));

        Assert.Equal(NomadDeploymentOutcome.Successful, result.Outcome);
        Assert.True(result.IsSuccessful);
        Assert.Equal(DeploymentId, result.DeploymentId);
        Assert.Equal("Deployment completed successfully", result.StatusDescription);
        Assert.Equal(20UL, result.Registration!.JobModifyIndex);
        Assert.Equal(EvalId, result.Evaluation!.Id);
        Assert.Equal(
            [
                "Evaluating pending",
                "Evaluating complete",
                "Deploying running (Deployment is running): web 1/3 placed, 0 healthy, 0 unhealthy",
                "Deploying running (Deployment is running): web 3/3 placed, 2 healthy, 0 unhealthy",
                "Deploying successful (Deployment completed successfully): web 3/3 placed, 3 healthy, 0 unhealthy",
                "Finished Successful: Deployment completed successfully",
            ],
            _progress.Lines);
        Assert.Same(result, _progress.Steps[^1].Result);

        var requests = _server.Requests;
        Assert.Equal(
            [
                ("POST", "/v1/jobs", null),
                ("GET", EvalPath, null), ("GET", EvalPath, "20"),
                ("GET", DeploymentPath, null), ("GET", DeploymentPath, "23"), ("GET", DeploymentPath, "24"), ("GET", DeploymentPath, "25"),
            ],
            requests.Select(r => (r.RequestMessage!.Method, r.RequestMessage.Path, Param(r, "index"))));
        // The job's namespace is used for the register and every read; evaluations are read without related ones.
        Assert.All(requests, r => Assert.Equal("apps", Param(r, "namespace")));
        Assert.All(requests.Skip(1), r => Assert.Equal("5000ms", Param(r, "wait")));
        Assert.All(requests.Where(r => r.RequestMessage!.Path == EvalPath), r => Assert.Null(Param(r, "related")));
    }

    [Fact]
    public async Task A_deployment_that_fails_and_rolls_back_ends_AutoReverted()
    {
        Register();
        At(EvalPath, null, 22, Eval("complete", 22, DeploymentId));
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running", 23, placed: 3, healthy: 1));
        At(DeploymentPath, 23, 30, Deployment("failed", "Failed due to unhealthy allocations - rolling back to job version 6", 30, placed: 3, healthy: 1, unhealthy: 2));
        using var nomad = _server.CreateClient();

        var result = await nomad.DeployAsync(WebJob(), WithProgress(Fast(), _progress));

        Assert.Equal(NomadDeploymentOutcome.AutoReverted, result.Outcome);
        Assert.False(result.IsSuccessful);
        Assert.Equal("AutoReverted: Failed due to unhealthy allocations - rolling back to job version 6", result.ToString());
        Assert.Equal(2, result.Deployment!.TaskGroups!["web"].UnhealthyAllocs);
    }

    [Theory]
    [InlineData("successful", "Deployment completed successfully", NomadDeploymentOutcome.Successful)]
    [InlineData("failed", "Failed due to progress deadline", NomadDeploymentOutcome.Failed)]
    [InlineData("failed", "Deployment marked as failed", NomadDeploymentOutcome.Failed)]
    [InlineData("failed", "Deployment marked as failed - rolling back to job version 0", NomadDeploymentOutcome.AutoReverted)]
    [InlineData("cancelled", "Cancelled due to newer version of job", NomadDeploymentOutcome.Cancelled)]
    [InlineData("blocked", "Deployment is complete but waiting for peer region", NomadDeploymentOutcome.Blocked)]
    [InlineData("running", "Deployment is running", null)]
    [InlineData("paused", "Deployment is paused", null)]
    [InlineData("pending", "Deployment is pending, waiting for peer region", null)]
    public void Each_deployment_status_maps_to_its_outcome(string status, string description, NomadDeploymentOutcome? outcome)
    {
        var deployment = new Deployment { Status = new DeploymentStatus(status), StatusDescription = description };

        Assert.Equal(outcome, DeploymentFollower.OutcomeOf(deployment));
    }

    [Fact]
    public async Task A_batch_job_whose_evaluation_creates_no_deployment_ends_NoDeployment_without_reading_deployments()
    {
        Register();
        At(EvalPath, null, 21, Eval("pending", 21));
        At(EvalPath, 21, 22, Eval("complete", 22));
        using var nomad = _server.CreateClient();

        var result = await nomad.DeployAsync(WebJob("batch"), WithProgress(Fast(), _progress));

        Assert.Equal(NomadDeploymentOutcome.NoDeployment, result.Outcome);
        Assert.Null(result.Deployment);
        Assert.Null(result.DeploymentId);
        Assert.DoesNotContain(_server.Requests, r => r.RequestMessage!.Path.StartsWith("/v1/deployment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_evaluation_that_cannot_place_everything_ends_Blocked_with_the_failures()
    {
        Register();
        At(EvalPath, null, 22, Eval("complete", 22, DeploymentId, BlockedEvalId, extra: ""","FailedTGAllocs":{"web":{"NodesEvaluated":2,"NodesExhausted":2,"CoalescedFailures":0}}"""));
        using var nomad = _server.CreateClient();

        var result = await nomad.DeployAsync(WebJob(), WithProgress(Fast(), _progress));

        Assert.Equal(NomadDeploymentOutcome.Blocked, result.Outcome);
        Assert.Equal(BlockedEvalId, result.Evaluation!.BlockedEval);
        Assert.Equal(2, result.Evaluation.FailedTGAllocs!["web"].NodesExhausted);
    }

    [Fact]
    public async Task A_failed_evaluation_ends_EvaluationFailed()
    {
        Register();
        At(EvalPath, null, 22, Eval("failed", 22, description: "maximum attempts reached (5)"));
        using var nomad = _server.CreateClient();

        var result = await nomad.DeployAsync(WebJob(), Fast());

        Assert.Equal(NomadDeploymentOutcome.EvaluationFailed, result.Outcome);
        Assert.Equal("maximum attempts reached (5)", result.StatusDescription);
    }

    [Fact]
    public async Task A_periodic_job_registers_no_evaluation_and_ends_at_once()
    {
        _server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost())
            .RespondWith(Json(20, """{"EvalID":"","EvalCreateIndex":0,"JobModifyIndex":20,"Warnings":"","Index":20}"""));
        using var nomad = _server.CreateClient();

        var result = await nomad.DeployAsync(WebJob("batch"), WithProgress(Fast(), _progress));

        Assert.Equal(NomadDeploymentOutcome.NoDeployment, result.Outcome);
        Assert.Single(_server.Requests);
        Assert.Equal(NomadDeploymentStage.Finished, Assert.Single(_progress.Steps).Stage);
    }

    [Fact]
    public async Task The_deadline_ends_following_with_the_last_state()
    {
        Register();
        At(EvalPath, null, 22, Eval("complete", 22, DeploymentId));
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running", 23, placed: 2, healthy: 1));
        Idle(DeploymentPath, 23);
        using var nomad = _server.CreateClient();
        var time = new FakeTimeProvider();

        var following = nomad.DeployAsync(WebJob(), WithProgress(FakeDeadline(time, TimeSpan.FromMinutes(15)), _progress));
        await _idle.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromMinutes(15));
        var result = await following;

        Assert.Equal(NomadDeploymentOutcome.DeadlineExceeded, result.Outcome);
        Assert.Equal(1, result.Deployment!.TaskGroups!["web"].HealthyAllocs);
        Assert.Equal("DeadlineExceeded: Deployment is running", result.ToString());
    }

    [Fact]
    public async Task Cancelling_stops_following_with_OperationCanceledException()
    {
        Register();
        At(EvalPath, null, 22, Eval("complete", 22, DeploymentId));
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running", 23, placed: 2, healthy: 1));
        Idle(DeploymentPath, 23);
        using var nomad = _server.CreateClient();
        using var cts = new CancellationTokenSource();
        var deploying = new StepRecorder(step =>
        {
            if (step.Stage == NomadDeploymentStage.Deploying)
            {
                cts.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => nomad.DeployAsync(WebJob(), WithProgress(Fast(), deploying), cancellationToken: cts.Token));
    }

    [Fact]
    public async Task FollowEvaluationAsync_streams_the_steps_and_survives_two_server_errors()
    {
        At(EvalPath, null, 22, Eval("complete", 22, DeploymentId));
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running", 23, placed: 1, healthy: 0));
        _server.Server.Given(Request.Create().WithPath(DeploymentPath).UsingGet().WithParam("index", "23"))
            .InScenario("leader").WillSetStateTo("elected", 2)
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("No cluster leader"));
        _server.Server.Given(Request.Create().WithPath(DeploymentPath).UsingGet().WithParam("index", "23"))
            .InScenario("leader").WhenStateIs("elected")
            .RespondWith(Json(27, Deployment("successful", "Deployment completed successfully", 27, placed: 3, healthy: 3)));
        using var nomad = _server.CreateClient();

        var steps = new List<NomadDeploymentProgress>();
        await foreach (var step in nomad.FollowEvaluationAsync(EvalId, Fast()))
        {
            steps.Add(step);
        }

        Assert.Equal(
            [NomadDeploymentStage.Evaluating, NomadDeploymentStage.Deploying, NomadDeploymentStage.Deploying, NomadDeploymentStage.Finished],
            steps.Select(s => s.Stage));
        Assert.Equal(NomadDeploymentOutcome.Successful, steps[^1].Result!.Outcome);
        Assert.Null(steps[^1].Result!.Registration);
        Assert.Equal(2, _server.Requests.Count(r => r.RequestMessage!.Path == DeploymentPath && Param(r, "index") == "23" && r.ResponseMessage!.StatusCode is 500));
    }

    [Fact]
    public async Task Canary_flow_waits_for_healthy_canaries_promotes_with_one_call_then_waits_for_completion()
    {
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running but requires manual promotion", 23, placed: 1, healthy: 0, canaries: 1));
        At(DeploymentPath, 23, 24, Deployment("running", "Deployment is running but requires manual promotion", 24, placed: 1, healthy: 1, canaries: 1));
        _server.Server.Given(Request.Create().WithPath("/v1/deployment/promote/" + DeploymentId).UsingPost())
            .RespondWith(Json(25, $$"""{"EvalID":"{{EvalId}}","EvalCreateIndex":25,"DeploymentModifyIndex":25,"Index":25}"""));
        using var nomad = _server.CreateClient(o => o.Namespace = "apps");

        var ready = await nomad.Deployments.WaitForCanariesHealthyAsync(DeploymentId, Fast());
        Assert.Equal(DeploymentStatus.Running, ready.Status);
        Assert.Equal(1, ready.TaskGroups!["web"].HealthyAllocs);

        await nomad.Deployments.PromoteAsync(DeploymentId, new DeploymentPromoteOptions { All = true });
        var promote = _server.Requests.Single(r => r.RequestMessage!.Method == "POST").RequestMessage!;
        Assert.Contains("\"All\":true", promote.Body, StringComparison.Ordinal);

        // A new wait starts with a plain read of the deployment as it is now.
        _server.Server.ResetMappings();
        At(DeploymentPath, null, 26, Deployment("running", "Deployment is running", 26, placed: 3, healthy: 2, canaries: 1, promoted: true));
        At(DeploymentPath, 26, 28, Deployment("successful", "Deployment completed successfully", 28, placed: 3, healthy: 3, canaries: 1, promoted: true));
        var result = await nomad.Deployments.WaitForCompletionAsync(DeploymentId, WithProgress(Fast(), _progress));

        Assert.Equal(NomadDeploymentOutcome.Successful, result.Outcome);
        Assert.Null(result.Evaluation);
        Assert.Equal("Deploying running (Deployment is running): web 3/3 placed, 2 healthy, 0 unhealthy, canaries 1/1 promoted", _progress.Lines[0]);
    }

    [Fact]
    public async Task Waiting_for_canaries_of_a_deployment_that_fails_returns_the_failed_deployment()
    {
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running but requires manual promotion", 23, placed: 1, healthy: 0, canaries: 1));
        At(DeploymentPath, 23, 24, Deployment("failed", "Failed due to unhealthy allocations", 24, placed: 1, healthy: 0, unhealthy: 1, canaries: 1));
        using var nomad = _server.CreateClient();

        var ended = await nomad.Deployments.WaitForCanariesHealthyAsync(DeploymentId, Fast());

        Assert.Equal(DeploymentStatus.Failed, ended.Status);
    }

    [Fact]
    public async Task Waiting_for_canaries_of_a_deployment_without_canaries_says_so()
    {
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running", 23, placed: 1, healthy: 0));
        using var nomad = _server.CreateClient();

        await Assert.ThrowsAsync<InvalidOperationException>(() => nomad.Deployments.WaitForCanariesHealthyAsync(DeploymentId, Fast()));
    }

    [Fact]
    public async Task Waiting_for_canaries_past_the_deadline_throws_TimeoutException()
    {
        At(DeploymentPath, null, 23, Deployment("running", "Deployment is running but requires manual promotion", 23, placed: 1, healthy: 0, canaries: 1));
        Idle(DeploymentPath, 23);
        using var nomad = _server.CreateClient();
        var time = new FakeTimeProvider();

        var waiting = nomad.Deployments.WaitForCanariesHealthyAsync(DeploymentId, FakeDeadline(time, TimeSpan.FromMinutes(5)));
        await _idle.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromMinutes(5));

        await Assert.ThrowsAsync<TimeoutException>(() => waiting);
    }

    [Fact]
    public async Task Waiting_for_the_allocations_of_a_deployment_returns_them_once_all_are_running_and_healthy()
    {
        const string allocsPath = "/v1/deployment/allocations/" + DeploymentId;
        At(allocsPath, null, 30, Allocations(Alloc("a1", "running", "true"), Alloc("a2", "pending", "null")));
        At(allocsPath, 30, 31, Allocations(Alloc("a1", "running", "true"), Alloc("a2", "running", "null"), Alloc("a0", "complete", "true", "stop")));
        At(allocsPath, 31, 32, Allocations(Alloc("a1", "running", "true"), Alloc("a2", "running", "true"), Alloc("a0", "complete", "true", "stop")));
        At(DeploymentPath, null, 32, Deployment("running", "Deployment is running", 32, placed: 2, healthy: 1, healthyCanaryGroupTotal: 2));
        using var nomad = _server.CreateClient();

        var allocations = await nomad.Deployments.WaitForAllocationsHealthyAsync(DeploymentId, Fast());

        Assert.Equal(["a1", "a2"], allocations.Select(a => a.Id));
        Assert.Equal([null, "30", "31"], _server.Requests.Where(r => r.RequestMessage!.Path == allocsPath).Select(r => Param(r, "index")));
    }

    [Fact]
    public async Task Waiting_for_the_allocations_of_a_job_checks_the_count_and_the_current_version()
    {
        _server.Server.Given(Request.Create().WithPath("/v1/job/web").UsingGet())
            .RespondWith(Json(40, """{"ID":"web","Name":"web","Namespace":"apps","Type":"service","Version":7,"TaskGroups":[{"Name":"web","Count":2}]}"""));
        At("/v1/job/web/allocations", null, 41, Allocations(Alloc("a1", "running", "true", version: 6), Alloc("a2", "running", "true")));
        At("/v1/job/web/allocations", 41, 42, Allocations(Alloc("a1", "complete", "true", "stop", 6), Alloc("a2", "running", "true"), Alloc("a3", "running", "true")));
        using var nomad = _server.CreateClient();
        var options = Fast();
        options.Watch!.Query = new NomadQueryOptions { Namespace = "apps" };

        var allocations = await nomad.WaitForJobAllocationsHealthyAsync("web", options);

        Assert.Equal(["a2", "a3"], allocations.Select(a => a.Id));
        var lists = _server.Requests.Where(r => r.RequestMessage!.Path == "/v1/job/web/allocations").ToList();
        Assert.Equal([null, "41"], lists.Select(r => Param(r, "index")));
        Assert.All(_server.Requests, r => Assert.Equal("apps", Param(r, "namespace")));
    }

    private static (string Id, string Client, string Healthy, string Desired, int Version) Alloc(
        string id, string client, string healthy, string desired = "run", int version = 7) => (id, client, healthy, desired, version);

    private static string Allocations(params (string Id, string Client, string Healthy, string Desired, int Version)[] allocations) =>
        "[" + string.Join(",", allocations.Select(a =>
            $$"""{"ID":"{{a.Id}}","JobID":"web","JobVersion":{{a.Version}},"TaskGroup":"web","DesiredStatus":"{{a.Desired}}","ClientStatus":"{{a.Client}}","DeploymentStatus":{"Healthy":{{a.Healthy}},"Canary":false} }""")) + "]";

    /// <summary>An <see cref="IProgress{T}"/> that records synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class StepRecorder(Action<NomadDeploymentProgress>? onStep = null) : IProgress<NomadDeploymentProgress>
    {
        public List<NomadDeploymentProgress> Steps { get; } = [];

        public List<string> Lines => Steps.Select(s => s.ToString()).ToList();

        public void Report(NomadDeploymentProgress value)
        {
            Steps.Add(value);
            onStep?.Invoke(value);
        }
    }
}
