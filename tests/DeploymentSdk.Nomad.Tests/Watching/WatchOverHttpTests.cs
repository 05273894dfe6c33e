using System.Globalization;
using System.Text;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>Watches through the SDK's real pipeline against a WireMock.Net server that answers like a Nomad agent.</summary>
public sealed class WatchOverHttpTests : IDisposable
{
    private const string Path = "/v1/deployment/d1";
    private readonly NomadTestServer _server = new();
    private readonly List<Exception> _transientErrors = [];
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose()
    {
        // Answers held by Held() end first, so stopping the server does not wait for them.
        _release.TrySetResult();
        _server.Dispose();
    }

    /// <summary>A JSON answer held until the test ends, when <paramref name="hold"/> says so for this call.</summary>
    private IResponseBuilder Held(ulong index, string body, Func<bool> hold) =>
        Response.Create().WithCallback(async _ =>
        {
            if (hold())
            {
                await _release.Task;
            }

            var message = new ResponseMessage
            {
                StatusCode = 200,
                BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
            };
            message.AddHeader("Content-Type", "application/json");
            message.AddHeader("X-Nomad-Index", index.ToString(CultureInfo.InvariantCulture));
            return (IResponseMessage)message;
        });

    private NomadWatchOptions FastOptions(Action<NomadWatchOptions>? configure = null)
    {
        var options = new NomadWatchOptions
        {
            WaitTime = TimeSpan.FromSeconds(2),
            MinimumInterval = TimeSpan.FromMilliseconds(10),
            ErrorBackoffInitial = TimeSpan.FromMilliseconds(20),
            ErrorBackoffMax = TimeSpan.FromMilliseconds(100),
            OnTransientError = (e, _) =>
            {
                lock (_transientErrors)
                {
                    _transientErrors.Add(e);
                }
            },
        };
        configure?.Invoke(options);
        return options;
    }

    private static IRequestBuilder Get(string path, string? index) =>
        index is null
            ? Request.Create().WithPath(path).UsingGet().WithParam("index", MatchBehaviour.RejectOnMatch)
            : Request.Create().WithPath(path).UsingGet().WithParam("index", index);

    private static IResponseBuilder Json(ulong index, string body) =>
        Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Nomad-Index", index.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-Nomad-KnownLeader", "true")
            .WithBody(body);

    private static IResponseBuilder NotFound(ulong index) =>
        Response.Create()
            .WithStatusCode(404)
            .WithHeader("Content-Type", "text/plain")
            .WithHeader("X-Nomad-Index", index.ToString(CultureInfo.InvariantCulture))
            .WithBody("job not found");

    private static string Deployment(string status, ulong modifyIndex) =>
        $$"""{"ID":"d1","Status":"{{status}}","ModifyIndex":{{modifyIndex}}}""";

    private static string? Param(WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage!.Query is { } query && query.TryGetValue(name, out var values) ? values.ToString() : null;

    private static async Task<List<NomadResponse<T>>> TakeAsync<T>(IAsyncEnumerable<NomadResponse<T>> watch, int count)
    {
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var items = new List<NomadResponse<T>>();
        await foreach (var item in watch.WithCancellation(safety.Token))
        {
            items.Add(item);
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }

    [Fact]
    public async Task A_deployment_progressing_over_several_blocking_answers_yields_each_change_once()
    {
        _server.Server.Given(Get(Path, null)).RespondWith(Json(10, Deployment("running", 10)));
        // The first poll at index 10 times out with no change; then the deployment moves twice.
        _server.Server.Given(Get(Path, "10")).InScenario("deploy").WillSetStateTo("moved")
            .RespondWith(Json(10, Deployment("running", 10)).WithDelay(TimeSpan.FromMilliseconds(150)));
        _server.Server.Given(Get(Path, "10")).InScenario("deploy").WhenStateIs("moved")
            .RespondWith(Json(12, Deployment("running", 12)));
        _server.Server.Given(Get(Path, "12")).RespondWith(Json(15, Deployment("successful", 15)));
        using var client = new WatchTestClient(_server);

        var seen = new List<NomadResponse<TestObject>>();
        await foreach (var state in NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions()))
        {
            seen.Add(state);
            if (state.Value.Status == "successful")
            {
                break;
            }
        }

        Assert.Equal([(10UL, "running"), (12UL, "running"), (15UL, "successful")], seen.Select(s => (s.LastIndex, s.Value.Status)));
        Assert.All(seen, s => Assert.True(s.Meta.KnownLeader));
        var requests = _server.Requests;
        Assert.Equal([null, "10", "10", "12"], requests.Select(r => Param(r, "index")));
        Assert.All(requests, r =>
        {
            Assert.Equal("GET", r.RequestMessage!.Method);
            Assert.Equal(Path, r.RequestMessage.Path);
            Assert.Equal("2000ms", Param(r, "wait"));
            Assert.Null(Param(r, "stale"));
            Assert.Equal(NomadTestServer.Token, r.RequestMessage.Headers!["X-Nomad-Token"].ToString());
        });
        Assert.Empty(_transientErrors);
    }

    [Fact]
    public async Task A_long_poll_answered_late_but_within_its_wait_is_not_cut_by_the_request_timeout()
    {
        // RequestTimeout alone (1 s) would cut this 2.5 s answer; the poll's timeout is wait (3 s) + wait/16 + 1 s.
        _server.Server.Given(Get(Path, null)).RespondWith(Json(10, Deployment("running", 10)));
        _server.Server.Given(Get(Path, "10")).RespondWith(Json(11, Deployment("successful", 11)).WithDelay(TimeSpan.FromMilliseconds(2500)));
        using var client = new WatchTestClient(_server, o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var seen = await TakeAsync(NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions(o => o.WaitTime = TimeSpan.FromSeconds(3))), 2);

        Assert.Equal(["running", "successful"], seen.Select(s => s.Value.Status));
        Assert.Empty(_transientErrors);
        Assert.Equal(2, client.Counter.Sent);
    }

    [Fact]
    public async Task A_long_poll_past_its_wait_plus_jitter_plus_timeout_is_cut_and_the_watch_carries_on()
    {
        // wait 200 ms → timeout 200 + 12.5 + 1000 ms; the first poll hangs, the retry answers at once.
        // (A callback, because WireMock moves a scenario's state only after a delayed answer is sent.)
        var polls = 0;
        _server.Server.Given(Get(Path, null)).RespondWith(Json(10, Deployment("running", 10)));
        _server.Server.Given(Get(Path, "10")).RespondWith(Held(11, Deployment("successful", 11), () => Interlocked.Increment(ref polls) == 1));
        using var client = new WatchTestClient(_server, o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var seen = await TakeAsync(NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions(o => o.WaitTime = TimeSpan.FromMilliseconds(200))), 2);

        Assert.Equal(["running", "successful"], seen.Select(s => s.Value.Status));
        var timeout = Assert.IsType<NomadApiException>(Assert.Single(_transientErrors));
        Assert.Equal(ApiErrorKind.Timeout, timeout.Kind);
        Assert.IsType<TimeoutException>(timeout.InnerException);
        Assert.Equal(3, client.Counter.Sent);
    }

    [Fact]
    public async Task An_index_that_goes_backwards_restarts_with_a_plain_read()
    {
        _server.Server.Given(Get(Path, null)).InScenario("restore").WillSetStateTo("restored")
            .RespondWith(Json(100, Deployment("running", 100)));
        _server.Server.Given(Get(Path, "100")).RespondWith(Json(40, Deployment("restored", 40)));
        _server.Server.Given(Get(Path, null)).InScenario("restore").WhenStateIs("restored")
            .RespondWith(Json(40, Deployment("restored", 40)));
        _server.Server.Given(Get(Path, "40")).RespondWith(Json(41, Deployment("successful", 41)));
        using var client = new WatchTestClient(_server);

        var seen = await TakeAsync(NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions()), 3);

        Assert.Equal([(100UL, "running"), (40UL, "restored"), (41UL, "successful")], seen.Select(s => (s.LastIndex, s.Value.Status)));
        Assert.Equal([null, "100", null, "40"], _server.Requests.Select(r => Param(r, "index")));
    }

    [Fact]
    public async Task A_server_that_fails_twice_with_no_leader_then_recovers_is_waited_out()
    {
        _server.Server.Given(Get(Path, null)).RespondWith(Json(10, Deployment("running", 10)));
        _server.Server.Given(Get(Path, "10")).InScenario("leader").WillSetStateTo("elected", 2)
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("No cluster leader"));
        _server.Server.Given(Get(Path, "10")).InScenario("leader").WhenStateIs("elected")
            .RespondWith(Json(12, Deployment("successful", 12)));
        using var client = new WatchTestClient(_server);

        var seen = await TakeAsync(NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions()), 2);

        Assert.Equal(["running", "successful"], seen.Select(s => s.Value.Status));
        Assert.Equal(2, _transientErrors.Count);
        Assert.All(_transientErrors, e =>
        {
            var error = Assert.IsType<NomadApiException>(e);
            Assert.Equal(ApiErrorKind.ServerError, error.Kind);
            Assert.Equal("No cluster leader", error.ResponseBodyExcerpt);
        });
        // Long polls are never retried by the HTTP handler: the watch's own backoff sent each retry.
        Assert.Equal([null, "10", "10", "10"], _server.Requests.Select(r => Param(r, "index")));
    }

    [Fact]
    public async Task Cancelling_mid_poll_ends_with_OperationCanceledException_and_leaves_no_request_in_flight()
    {
        _server.Server.Given(Get(Path, null)).RespondWith(Json(10, Deployment("running", 10)));
        _server.Server.Given(Get(Path, "10")).RespondWith(Held(11, Deployment("late", 11), () => true));
        using var client = new WatchTestClient(_server);
        using var cts = new CancellationTokenSource();
        var first = new TaskCompletionSource();

        var consume = Task.Run(async () =>
        {
            await foreach (var unused in NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions(), cts.Token))
            {
                first.TrySetResult();
            }
        });
        await first.Task.WaitAsync(TimeSpan.FromSeconds(10));
        while (client.Counter.Sent < 2 || client.Counter.InFlight == 0)
        {
            await Task.Delay(10);
        }

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consume);
        Assert.Equal(0, client.Counter.InFlight);
        Assert.Equal(2, client.Counter.Sent);
        Assert.Empty(_transientErrors);
    }

    [Fact]
    public async Task Watching_a_job_that_does_not_exist_yet_blocks_on_the_index_of_the_404()
    {
        const string jobPath = "/v1/job/web";
        _server.Server.Given(Get(jobPath, null)).RespondWith(NotFound(5));
        _server.Server.Given(Get(jobPath, "5")).RespondWith(Json(9, """{"ID":"web","Status":"pending","ModifyIndex":9}"""));
        _server.Server.Given(Get(jobPath, "9")).RespondWith(NotFound(12).WithDelay(TimeSpan.FromMilliseconds(50)));
        using var client = new WatchTestClient(_server);

        var seen = await TakeAsync(NomadWatch.CreateForObject(client.Read("v1/job/web"), FastOptions()), 3);

        Assert.Equal([(5UL, null), (9UL, "pending"), (12UL, null)], seen.Select(s => (s.LastIndex, s.Value?.Status)));
        Assert.Equal([null, "5", "9"], _server.Requests.Select(r => Param(r, "index")));
        Assert.Empty(_transientErrors);
    }

    [Fact]
    public async Task Permission_denied_ends_the_watch_with_the_typed_exception_after_one_request()
    {
        _server.Server.Given(Get(Path, null)).RespondWith(Response.Create().WithStatusCode(403).WithBody("Permission denied"));
        using var client = new WatchTestClient(_server);

        var error = await Assert.ThrowsAsync<NomadApiException>(() => TakeAsync(NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions()), 1));

        Assert.Equal(ApiErrorKind.PermissionDenied, error.Kind);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AllowStale_sends_stale_on_every_request()
    {
        _server.Server.Given(Get(Path, null)).RespondWith(Json(10, Deployment("running", 10)));
        _server.Server.Given(Get(Path, "10")).RespondWith(Json(11, Deployment("successful", 11)));
        using var client = new WatchTestClient(_server);

        await TakeAsync(NomadWatch.Create(client.Read("v1/deployment/d1"), FastOptions(o => o.AllowStale = true)), 2);

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("true", Param(r, "stale")));
    }

    [Fact]
    public async Task Jobs_WatchListAsync_yields_the_whole_list_and_reads_further_pages_without_blocking()
    {
        var firstPage = Request.Create().WithPath("/v1/jobs").UsingGet().WithParam("next_token", MatchBehaviour.RejectOnMatch);
        _server.Server.Given(firstPage.WithParam("index", MatchBehaviour.RejectOnMatch))
            .RespondWith(Json(7, """[{"ID":"api","ModifyIndex":7}]""").WithHeader("X-Nomad-NextToken", "web"));
        _server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet().WithParam("next_token", "web"))
            .RespondWith(Json(7, """[{"ID":"web","ModifyIndex":6}]"""));
        _server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet().WithParam("next_token", MatchBehaviour.RejectOnMatch).WithParam("index", "7"))
            .RespondWith(Json(8, """[{"ID":"api","ModifyIndex":7}]"""));
        using var client = new WatchTestClient(_server);

        var seen = await TakeAsync(
            client.Nomad.Jobs.WatchListAsync(FastOptions(o => o.Query = new NomadQueryOptions { PerPage = 1, Namespace = "*" })), 2);

        Assert.Equal(["api", "web"], seen[0].Value.Select(j => j.Id));
        Assert.Equal(7UL, seen[0].LastIndex);
        Assert.Null(seen[0].Meta.NextToken);
        Assert.Equal(["api"], seen[1].Value.Select(j => j.Id));
        Assert.Equal(8UL, seen[1].LastIndex);
        var requests = _server.Requests;
        Assert.Equal([(null, null), (null, "web"), ("7", null)], requests.Select(r => (Param(r, "index"), Param(r, "next_token"))));
        Assert.All(requests, r => Assert.Equal("*", Param(r, "namespace")));
        Assert.All(requests, r => Assert.Equal("1", Param(r, "per_page")));
    }
}
