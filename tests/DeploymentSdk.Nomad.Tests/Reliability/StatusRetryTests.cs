using System.Globalization;
using DeploymentSdk.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// 5xx, 408 and 429 answers: reads are retried up to 3 times, honouring Retry-After up to 30 s, then fail with the
/// typed exception; writes are sent once unless they carry an idempotency token; long polls are sent once.
/// </summary>
public sealed class StatusRetryTests(ITestOutputHelper output)
{
    private const string Jobs = """[{"ID":"web"}]""";
    private const int AllAttempts = 1 + SdkHttpClientBuilderExtensions.MaxRetryAttempts;

    public static TheoryData<int, ApiErrorKind> TransientStatuses => new()
    {
        { 500, ApiErrorKind.ServerError },
        { 502, ApiErrorKind.ServerError },
        { 503, ApiErrorKind.ServerError },
        { 504, ApiErrorKind.ServerError },
        { 408, ApiErrorKind.ServerError },
        { 429, ApiErrorKind.RateLimited },
    };

    [Theory]
    [MemberData(nameof(TransientStatuses))]
    public async Task A_read_answered_with_a_transient_status_and_Retry_After_is_tried_four_times_then_fails_typed(int status, ApiErrorKind kind)
    {
        using var server = new NomadTestServer();
        Answer(server, "/v1/jobs", Response.Create().WithStatusCode(status).WithHeader("Retry-After", "1").WithBody("upstream failed"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.Equal("upstream failed", error.ResponseBodyExcerpt);
        Assert.Equal(AllAttempts, server.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task A_read_answered_with_a_transient_status_without_Retry_After_recovers_on_the_next_attempt(int status)
    {
        using var server = new NomadTestServer();
        FailOnceThenAnswer(server, Response.Create().WithStatusCode(status).WithBody("try again"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (jobs, _) = await Within.RunAsync(() => client.ReadAsync());

        Assert.Equal("web", Assert.Single(jobs).Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task With_the_real_clock_a_read_that_keeps_failing_without_Retry_After_ends_in_seconds()
    {
        using var server = new NomadTestServer();
        Answer(server, "/v1/jobs", Response.Create().WithStatusCode(503).WithBody("unavailable"));
        using var client = ReliabilityClient.Create(server.Url);

        var (error, elapsed) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.Equal(AllAttempts, server.Requests.Count);
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(25));
        output.WriteLine($"503 x4 with exponential backoff from 0.5 s: {elapsed.TotalSeconds:0.0} s; gaps: {string.Join(", ", Gaps(server))}");
    }

    [Fact]
    public async Task With_the_real_clock_Retry_After_is_waited_for()
    {
        using var server = new NomadTestServer();
        FailOnceThenAnswer(server, Response.Create().WithStatusCode(503).WithHeader("Retry-After", "1"));
        using var client = ReliabilityClient.Create(server.Url);

        await Within.RunAsync(() => client.ReadAsync());

        var times = server.Requests.Select(r => r.RequestMessage!.DateTime).Order().ToList();
        var gap = (times[1] - times[0]).TotalSeconds;
        output.WriteLine($"Retry-After: 1 -> the retry came {gap:0.000} s later");
        Assert.True(gap >= 0.9, $"the retry came after {gap:0.000} s, before the 1 s the server asked for");
    }

    [Theory]
    [InlineData(429, "31", 31)]
    [InlineData(503, "3600", 3600)]
    [InlineData(503, "date+1h", 3600)]
    public async Task A_read_asked_to_wait_longer_than_30_s_is_not_retried_and_reports_the_wait(int status, string retryAfter, int seconds)
    {
        using var server = new NomadTestServer();
        var header = retryAfter == "date+1h" ? DateTimeOffset.UtcNow.AddHours(1).ToString("R", CultureInfo.InvariantCulture) : retryAfter;
        Answer(server, "/v1/jobs", Response.Create().WithStatusCode(status).WithHeader("Retry-After", header));
        using var client = ReliabilityClient.Create(server.Url);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Single(server.Requests);
        Assert.InRange(error.RetryAfter!.Value.TotalSeconds, seconds - 5, seconds);
    }

    [Theory]
    [InlineData("POST", 503)]
    [InlineData("POST", 502)]
    [InlineData("POST", 504)]
    [InlineData("POST", 429)]
    [InlineData("PUT", 503)]
    [InlineData("DELETE", 503)]
    public async Task A_write_without_idempotency_token_is_sent_once_whatever_the_status(string method, int status)
    {
        using var server = new NomadTestServer();
        Answer(server, "/v1/jobs", Response.Create().WithStatusCode(status).WithHeader("Retry-After", "0"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.WriteAsync(new HttpMethod(method)));

        Assert.Equal(status, error.Status);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_write_with_an_idempotency_token_is_retried_and_then_fails_typed(string method)
    {
        using var server = new NomadTestServer();
        Answer(server, "/v1/jobs", Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() =>
            client.WriteAsync(new HttpMethod(method), write: new NomadWriteOptions { IdempotencyToken = "deploy-42" }));

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.Equal(AllAttempts, server.Requests.Count);
    }

    [Theory]
    [InlineData(400, ApiErrorKind.BadRequest)]
    [InlineData(401, ApiErrorKind.Unauthorized)]
    [InlineData(403, ApiErrorKind.PermissionDenied)]
    [InlineData(404, ApiErrorKind.NotFound)]
    [InlineData(409, ApiErrorKind.Conflict)]
    [InlineData(422, ApiErrorKind.BadRequest)]
    public async Task A_read_answered_with_a_client_error_is_not_retried(int status, ApiErrorKind kind)
    {
        using var server = new NomadTestServer();
        Answer(server, "/v1/jobs", Response.Create().WithStatusCode(status).WithBody("no"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(kind, error.Kind);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_long_poll_answered_503_is_sent_once()
    {
        using var server = new NomadTestServer();
        Answer(server, "/v1/jobs", Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() =>
            client.ReadAsync(query: new NomadQueryOptions { WaitIndex = 9, WaitTime = TimeSpan.FromSeconds(1) }));

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.Single(server.Requests);
    }

    private static void Answer(NomadTestServer server, string path, IResponseBuilder response) =>
        server.Server.Given(Request.Create().WithPath(path)).RespondWith(response);

    private static void FailOnceThenAnswer(NomadTestServer server, IResponseBuilder failure)
    {
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).InScenario("flaky").WillSetStateTo("recovered").RespondWith(failure);
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Jobs));
    }

    private static IEnumerable<string> Gaps(NomadTestServer server)
    {
        var times = server.Requests.Select(r => r.RequestMessage!.DateTime).Order().ToList();
        return times.Zip(times.Skip(1), (a, b) => $"{(b - a).TotalSeconds:0.00} s");
    }
}
