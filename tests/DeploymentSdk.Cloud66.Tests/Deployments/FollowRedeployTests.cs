using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests.Deployments;

public sealed class FollowRedeployTests : IDisposable
{
    private static RedeployFollowOptions Reporting(IProgress<RedeployProgress> progress) => new()
    {
        Timeout = Fast.Timeout,
        InitialPollInterval = Fast.InitialPollInterval,
        MaxPollInterval = Fast.MaxPollInterval,
        Progress = progress,
    };

    private static readonly RedeployFollowOptions Fast = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(5),
        MaxPollInterval = TimeSpan.FromMilliseconds(20),
    };

    private readonly Cloud66Server _c66 = new();

    public void Dispose() => _c66.Dispose();

    [Fact]
    public async Task With_an_async_action_it_polls_the_action_until_finished_at_is_set()
    {
        _c66.Answer("POST", $"/stacks/{StackId}/deployments", Fixture("Deployments/redeploy-async.json"));
        AnswerInTurn($"/stacks/{StackId}/actions/4242", "Deployments/action-running.json", "Deployments/action-running.json", "Deployments/action-finished.json");
        var progress = new SyncProgress<RedeployProgress>();

        var redeploy = await _c66.Client.RedeployAsync(StackId);
        var outcome = await _c66.Client.FollowRedeployAsync(StackId, redeploy, Reporting(progress));

        Assert.True(outcome.Succeeded);
        Assert.Equal("Deployment completed", outcome.Message);
        Assert.Equal(4242, outcome.Action!.Id);
        Assert.Null(outcome.Deployment);
        Assert.Equal([1, 2, 3], progress.Reports.Select(p => p.Poll));
        Assert.Equal([false, false, true], progress.Reports.Select(p => p.Action!.FinishedAt is not null));
        Assert.All(progress.Reports, p => Assert.Null(p.Deployment));
        var polls = _c66.Requests.Skip(1).ToList();
        Assert.Equal(3, polls.Count);
        Assert.All(polls, r => AssertSent(r, "GET", $"/stacks/{StackId}/actions/4242"));
    }

    [Fact]
    public async Task Without_an_async_action_it_polls_the_deployment_until_it_is_no_longer_deploying()
    {
        AnswerInTurn(
            $"/stacks/{StackId}/deployments/108",
            Deployment(108, isDeploying: true, outcome: """{"code": 0, "meaning": "pending"}"""),
            Deployment(108, isDeploying: false, outcome: """{"code": "failed", "meaning": "Failed"}"""));
        var progress = new SyncProgress<RedeployProgress>();
        var redeploy = new RedeployResult { Id = 108, Message = "Deployment scheduled", Queued = true };

        var outcome = await _c66.Client.FollowRedeployAsync(StackId, redeploy, Reporting(progress));

        Assert.False(outcome.Succeeded);
        Assert.Equal("Failed", outcome.Message);
        Assert.Equal(108, outcome.Deployment!.Id);
        Assert.Null(outcome.Action);
        Assert.Equal([true, false], progress.Reports.Select(p => p.Deployment!.IsDeploying));
        Assert.Equal(DeploymentOutcome.Pending, progress.Reports[0].Deployment!.Outcome);
        Assert.Equal(2, _c66.Requests.Count);
        Assert.All(_c66.Requests, r => AssertSent(r, "GET", $"/stacks/{StackId}/deployments/108"));
    }

    [Fact]
    public async Task A_finished_deployment_with_a_numeric_success_code_succeeded()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments/107", Fixture("Deployments/get.json"));

        var outcome = await _c66.Client.FollowRedeployAsync(StackId, new RedeployResult { Id = 107 }, Fast);

        Assert.True(outcome.Succeeded);
        Assert.Equal("success", outcome.Message);
        Assert.Single(_c66.Requests);
    }

    [Fact]
    public async Task A_server_answering_at_once_forever_costs_at_most_one_poll_per_minimum_interval()
    {
        // The action never finishes and every answer is instant: only the poll interval paces the loop.
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", Fixture("Deployments/action-running.json"));
        var options = new RedeployFollowOptions
        {
            InitialPollInterval = TimeSpan.FromMilliseconds(25),
            MaxPollInterval = TimeSpan.FromMilliseconds(25),
            Timeout = TimeSpan.FromMilliseconds(500),
        };
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(
            () => _c66.Client.FollowRedeployAsync(StackId, new RedeployResult { AsyncActionId = 4242 }, options));

        // Each wait is at least 0.8 × the interval (the jitter's low end): the bound over the time it actually ran.
        var bound = (int)(started.Elapsed.TotalMilliseconds / (0.8 * 25)) + 1;
        Assert.InRange(_c66.Requests.Count, 2, bound);
    }

    [Fact]
    public async Task Following_past_the_deadline_is_a_timeout()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", Fixture("Deployments/action-running.json"));
        var options = new RedeployFollowOptions
        {
            InitialPollInterval = TimeSpan.FromMilliseconds(5),
            MaxPollInterval = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromMilliseconds(150),
        };

        var e = await Assert.ThrowsAsync<TimeoutException>(
            () => _c66.Client.FollowRedeployAsync(StackId, new RedeployResult { AsyncActionId = 4242 }, options));

        Assert.Contains("stack action 4242", e.Message, StringComparison.Ordinal);
        Assert.Contains("RedeployFollowOptions.Timeout", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_following_with_the_callers_cancellation()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", Fixture("Deployments/action-running.json"));
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<RedeployProgress>(_ => cancel.Cancel());

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _c66.Client.FollowRedeployAsync(StackId, new RedeployResult { AsyncActionId = 4242 }, Reporting(progress), cancel.Token));

        Assert.Equal(cancel.Token, e.CancellationToken);
        Assert.Single(progress.Reports);
        Assert.Single(_c66.Requests);
    }

    [Fact]
    public async Task An_error_while_polling_is_reported_as_it_came()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", """{"error": "not_found", "error_description": "Action not found"}""", 404);

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(
            () => _c66.Client.FollowRedeployAsync(StackId, new RedeployResult { AsyncActionId = 4242 }, Fast));

        Assert.Equal(ApiErrorKind.NotFound, e.Kind);
    }

    [Fact]
    public async Task An_answer_naming_neither_an_action_nor_a_deployment_is_rejected_before_sending()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(
            () => _c66.Client.FollowRedeployAsync(StackId, new RedeployResult { Ok = true, Message = "Deployment scheduled" }));

        Assert.Equal("redeploy", e.ParamName);
        Assert.Empty(_c66.Requests);
    }

    [Theory]
    [InlineData(0, 10, 1000)]
    [InlineData(10, 5, 1000)]
    [InlineData(10, 20, 0)]
    public async Task Poll_settings_out_of_range_are_rejected_before_sending(int initialMs, int maxMs, int timeoutMs)
    {
        var options = new RedeployFollowOptions
        {
            InitialPollInterval = TimeSpan.FromMilliseconds(initialMs),
            MaxPollInterval = TimeSpan.FromMilliseconds(maxMs),
            Timeout = TimeSpan.FromMilliseconds(timeoutMs),
        };

        var e = await Assert.ThrowsAsync<ArgumentException>(
            () => _c66.Client.FollowRedeployAsync(StackId, new RedeployResult { Id = 108 }, options));

        Assert.Equal("options", e.ParamName);
        Assert.Empty(_c66.Requests);
    }

    [Fact]
    public void The_default_poll_settings_are_documented_values()
    {
        var options = new RedeployFollowOptions();

        Assert.Equal(TimeSpan.FromSeconds(2), options.InitialPollInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxPollInterval);
        Assert.Equal(TimeSpan.FromHours(1), options.Timeout);
    }

    /// <summary>Answers the path with each body in turn, the last one from then on (a WireMock scenario).</summary>
    private void AnswerInTurn(string path, params string[] bodies)
    {
        for (var i = 0; i < bodies.Length; i++)
        {
            var body = bodies[i].StartsWith('{') ? bodies[i] : Fixture(bodies[i]);
            var request = Request.Create().WithPath(ApiRoot + path).UsingGet();
            var mapping = _c66.Server.Given(request).InScenario(path);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs($"answered-{i}");
            }

            if (i < bodies.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"answered-{i + 1}");
            }

            mapping.RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));
        }
    }

    private static string Deployment(long id, bool isDeploying, string outcome) =>
        $$"""{"response": {"id": {{id}}, "is_deploying": {{(isDeploying ? "true" : "false")}}, "outcome": {{outcome}} } }""";
}
