using WireMock.RequestBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests.Deployments;

public sealed class FollowTests : IDisposable
{
    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";
    private static DeploymentFollowOptions Reporting(IProgress<Deployment> progress) => new()
    {
        Timeout = Fast.Timeout,
        InitialPollInterval = Fast.InitialPollInterval,
        MaxPollInterval = Fast.MaxPollInterval,
        ReturnWhenPaused = Fast.ReturnWhenPaused,
        Progress = progress,
    };

    private static readonly DeploymentFollowOptions Fast = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(5),
        MaxPollInterval = TimeSpan.FromMilliseconds(20),
    };

    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_rolling_deployment_is_followed_until_it_is_finalized_and_each_change_is_reported()
    {
        Sequence(
            Status("ACTIVE", "DEPLOYING"),
            Status("ACTIVE", "DEPLOYING"),
            Status("ACTIVE", "DEPLOYING", error: "Instance 2 failed its health check"),
            Status("ACTIVE", "DEPLOYING"),
            Status("FINALIZED", "DEPLOYED"));
        var reports = new SynchronousProgress();

        var result = await _host.Deployments.FollowAsync(Guid, Reporting(reports));

        Assert.Equal(DeploymentFollowOutcome.Deployed, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.Equal(DeploymentStatusReason.Deployed, result.Deployment.Status!.Reason);
        Assert.Equal(
            ["ACTIVE/DEPLOYING/", "ACTIVE/DEPLOYING/Instance 2 failed its health check", "ACTIVE/DEPLOYING/", "FINALIZED/DEPLOYED/"],
            reports.Seen.Select(d => $"{d.Status!.Value}/{d.Status.Reason}/{d.Status.Details?.Error}"));
        Assert.Equal(5, _host.Requests.Count);
        Assert.All(_host.Requests, request =>
        {
            Assert.Equal("GET", request.Method);
            Assert.Equal($"/v3/deployments/{Guid}", request.RawPathAndQuery());
        });
    }

    [Fact]
    public async Task A_paused_canary_ends_following_as_its_own_outcome()
    {
        Sequence(
            Status("ACTIVE", "DEPLOYING", canaryStep: 1),
            Status("ACTIVE", "PAUSED", canaryStep: 1),
            Status("FINALIZED", "DEPLOYED", canaryStep: 2));
        var reports = new SynchronousProgress();

        var result = await _host.Deployments.FollowAsync(Guid, Reporting(reports));

        Assert.Equal(DeploymentFollowOutcome.Paused, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Deployment.Status!.Canary!.Steps!.Current);
        Assert.Equal(2, reports.Seen.Count);
        Assert.Equal(2, _host.Requests.Count);
    }

    [Fact]
    public async Task Following_can_wait_through_a_pause()
    {
        Sequence(
            Status("ACTIVE", "PAUSED", canaryStep: 1),
            Status("ACTIVE", "DEPLOYING", canaryStep: 2),
            Status("FINALIZED", "DEPLOYED", canaryStep: 2));

        var result = await _host.Deployments.FollowAsync(
            Guid,
            new DeploymentFollowOptions { InitialPollInterval = Fast.InitialPollInterval, MaxPollInterval = Fast.MaxPollInterval, ReturnWhenPaused = false });

        Assert.Equal(DeploymentFollowOutcome.Deployed, result.Outcome);
        Assert.Equal(3, _host.Requests.Count);
    }

    [Theory]
    [InlineData("CANCELED", DeploymentFollowOutcome.Canceled)]
    [InlineData("SUPERSEDED", DeploymentFollowOutcome.Superseded)]
    [InlineData("ROLLED_BACK_BY_OPERATOR", DeploymentFollowOutcome.Finalized)]
    public async Task Every_finalized_reason_ends_following(string reason, DeploymentFollowOutcome outcome)
    {
        Sequence(Status("ACTIVE", "CANCELING"), Status("FINALIZED", reason));

        var result = await _host.Deployments.FollowAsync(Guid, Fast);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(new DeploymentStatusReason(reason), result.Deployment.Status!.Reason);
    }

    [Fact]
    public async Task The_deadline_ends_following_with_the_last_state()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Status("ACTIVE", "DEPLOYING")));

        var result = await _host.Deployments.FollowAsync(
            Guid,
            new DeploymentFollowOptions { Timeout = TimeSpan.FromMilliseconds(50), InitialPollInterval = TimeSpan.FromMilliseconds(5), MaxPollInterval = TimeSpan.FromMilliseconds(10) });

        Assert.Equal(DeploymentFollowOutcome.TimedOut, result.Outcome);
        Assert.Equal(DeploymentStatusValue.Active, result.Deployment.Status!.Value);
        Assert.NotEmpty(_host.Requests);
    }

    [Fact]
    public async Task A_server_answering_at_once_forever_costs_at_most_one_poll_per_minimum_interval()
    {
        // Never finalized, every answer instant: only the poll interval paces the loop until the deadline.
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Status("ACTIVE", "DEPLOYING")));
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = await _host.Deployments.FollowAsync(
            Guid,
            new DeploymentFollowOptions { Timeout = TimeSpan.FromMilliseconds(500), InitialPollInterval = TimeSpan.FromMilliseconds(25), MaxPollInterval = TimeSpan.FromMilliseconds(25) });

        Assert.Equal(DeploymentFollowOutcome.TimedOut, result.Outcome);
        // Each wait is at least 0.8 × the interval (the jitter's low end): the bound over the time it actually ran.
        var bound = (int)(started.Elapsed.TotalMilliseconds / (0.8 * 25)) + 1;
        Assert.InRange(_host.Requests.Count, 2, bound);
    }

    [Fact]
    public async Task Cancellation_stops_following()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Status("ACTIVE", "DEPLOYING")));
        using var cancellation = new CancellationTokenSource();
        var reports = new SynchronousProgress(_ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _host.Deployments.FollowAsync(Guid, Reporting(reports), cancellation.Token));

        Assert.Single(_host.Requests);
    }

    [Fact]
    public async Task A_missing_deployment_fails_with_not_found()
    {
        _host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(404, Fixture.Read("Errors/not-found.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => _host.Deployments.FollowAsync(Guid, Fast));

        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Bad_arguments_are_rejected_before_sending()
    {
        var deployments = _host.Deployments;

        Assert.Equal("guid", (await Assert.ThrowsAsync<ArgumentException>(() => deployments.FollowAsync(" "))).ParamName);
        Assert.Equal("options", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            deployments.FollowAsync(Guid, new DeploymentFollowOptions { InitialPollInterval = TimeSpan.Zero }))).ParamName);
        Assert.Equal("options", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            deployments.FollowAsync(Guid, new DeploymentFollowOptions { MaxPollInterval = TimeSpan.FromMilliseconds(1) }))).ParamName);
        Assert.Equal("options", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            deployments.FollowAsync(Guid, new DeploymentFollowOptions { Timeout = TimeSpan.Zero }))).ParamName);
        Assert.Empty(_host.Server.LogEntries);
    }

    /// <summary>Answers the GETs with <paramref name="bodies"/> in order (a stateful scenario); the last one repeats.</summary>
    private void Sequence(params string[] bodies)
    {
        for (var i = 0; i < bodies.Length; i++)
        {
            var request = _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}").UsingGet()).InScenario("follow");
            var state = i == 0 ? request : request.WhenStateIs($"read-{i}");
            var next = i < bodies.Length - 1 ? state.WillSetStateTo($"read-{i + 1}") : state;
            next.RespondWith(JsonAnswer(200, bodies[i]));
        }
    }

    private static string Status(string value, string reason, int? canaryStep = null, string? error = null)
    {
        var deployment = System.Text.Json.Nodes.JsonNode.Parse(Fixture.Read("Deployments/deployment-canary.json"))!;
        var status = deployment["status"]!;
        status["value"] = value;
        status["reason"] = reason;
        if (error is not null)
        {
            status["details"]!["error"] = error;
        }

        if (canaryStep is { } step)
        {
            status["canary"]!["steps"]!["current"] = step;
        }
        else
        {
            status.AsObject().Remove("canary");
        }

        return deployment.ToJsonString();
    }

    /// <summary>Records reports as they happen (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<Deployment>? onReport = null) : IProgress<Deployment>
    {
        public List<Deployment> Seen { get; } = [];

        public void Report(Deployment value)
        {
            Seen.Add(value);
            onReport?.Invoke(value);
        }
    }
}
