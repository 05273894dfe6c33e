using System.Net;
using DeploymentSdk.Http;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests;

public sealed class NomadTransportTests
{
    private const string JobsBody = """[{"ID":"web","Name":"web"}]""";

    [Fact]
    public async Task Token_is_sent_but_never_logged_even_at_trace()
    {
        using var server = new NomadTestServer();
        RespondJobs(server);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddNomadClient(o =>
        {
            o.Address = new Uri(server.Url!);
            o.Token = NomadTestServer.Token;
        });
        await using var provider = services.BuildServiceProvider();

        await ListAllAsync(provider.GetRequiredService<INomadClient>());

        Assert.Equal(NomadTestServer.Token, Assert.Single(server.Requests).RequestMessage!.Headers!["X-Nomad-Token"].ToString());
        Assert.NotEmpty(logs.Messages);
        Assert.Contains(logs.Messages, m => m.Contains("HTTP GET /v1/jobs answered 200", StringComparison.Ordinal)); // the SDK's Trace request log, which names no header
        Assert.DoesNotContain(logs.Messages, m => m.Contains(NomadTestServer.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirect_to_another_origin_drops_the_token_and_same_origin_keeps_it()
    {
        using var server = new NomadTestServer();
        using var elsewhere = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(307).WithHeader("Location", "/v1/moved"));
        server.Server.Given(Request.Create().WithPath("/v1/moved").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", elsewhere.Url + "/v1/jobs"));
        RespondJobs(elsewhere);
        using var nomad = server.CreateClient();

        var jobs = await ListAllAsync(nomad);

        Assert.Equal("web", Assert.Single(jobs).Id);
        Assert.All(server.Requests, r => Assert.Equal(NomadTestServer.Token, r.RequestMessage!.Headers!["X-Nomad-Token"].ToString()));
        Assert.Equal(2, server.Requests.Count);
        var foreign = Assert.Single(elsewhere.Requests).RequestMessage!;
        Assert.False(foreign.Headers!.ContainsKey("X-Nomad-Token"));
    }

    [Theory]
    [InlineData(400, "1 error occurred:\n\t* Task group web validation failed", ApiErrorKind.BadRequest)]
    [InlineData(403, "Permission denied", ApiErrorKind.PermissionDenied)]
    [InlineData(404, "job not found", ApiErrorKind.NotFound)]
    [InlineData(409, "conflict", ApiErrorKind.Conflict)]
    [InlineData(429, "Too many requests", ApiErrorKind.RateLimited)]
    [InlineData(500, "No cluster leader", ApiErrorKind.ServerError)]
    [InlineData(500, "Enforcing job modify index 5: job exists with conflicting job modify index: 7", ApiErrorKind.Conflict)]
    public async Task Plain_text_errors_map_to_typed_exceptions(int status, string body, ApiErrorKind kind)
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("X-Nomad-Index", "12").WithHeader("Retry-After", "120").WithBody(body));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => ListAllAsync(nomad));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.Status);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/v1/jobs", error.RequestPath);
        Assert.Equal(body, error.ResponseBodyExcerpt);
        Assert.Contains(body.Split('\n')[0], error.Message, StringComparison.Ordinal);
        Assert.Equal(12UL, error.Meta.LastIndex);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.DoesNotContain(NomadTestServer.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_are_retried_on_transient_errors_but_writes_without_idempotency_token_are_not()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet()).InScenario("flaky").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("unavailable"));
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet()).InScenario("flaky").WhenStateIs("ok")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(JobsBody));
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("unavailable"));
        var nomad = server.CreateClient();
        var pipeline = PipelineOf(server);

        Assert.Single(await ListAllAsync(nomad));
        var write = await Assert.ThrowsAsync<NomadApiException>(() =>
            pipeline.WriteAsync(HttpMethod.Post, "v1/jobs", "x", NomadJsonContext.Default.String, write: null, CancellationToken.None));

        Assert.Equal(ApiErrorKind.ServerError, write.Kind);
        Assert.Equal(2, server.Requests.Count(r => r.RequestMessage!.Method == "GET"));
        Assert.Equal(1, server.Requests.Count(r => r.RequestMessage!.Method == "POST"));
    }

    [Fact]
    public async Task Writes_with_an_idempotency_token_are_retried()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost()).InScenario("flaky").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(502));
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost()).InScenario("flaky").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200));
        var pipeline = PipelineOf(server);

        await pipeline.WriteAsync(HttpMethod.Post, "v1/jobs", "x", NomadJsonContext.Default.String, new NomadWriteOptions { IdempotencyToken = "once" }, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("once", r.RequestMessage!.Query!["idempotency_token"].ToString()));
    }

    [Fact]
    public async Task A_request_past_its_timeout_is_a_NomadApiException_of_kind_Timeout_and_caller_cancellation_stays_cancellation()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(3)).WithBody(JobsBody));
        using var nomad = server.CreateClient(o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));

        var timeout = await Assert.ThrowsAsync<NomadApiException>(() => ListAllAsync(nomad));
        Assert.Equal(ApiErrorKind.Timeout, timeout.Kind);
        Assert.Equal(0, timeout.Status);
        Assert.IsType<TimeoutException>(timeout.InnerException);
        Assert.Contains("GET /v1/jobs", timeout.Message, StringComparison.Ordinal);

        using var patient = server.CreateClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ListAllAsync(patient, cancel.Token));
    }

    [Fact]
    public async Task Blocking_query_survives_a_host_wide_standard_resilience_handler()
    {
        // The standard handler's timeouts are scaled down (attempt 1 s, total 2 s); the long poll takes 3 s.
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").WithParam("index", "5").UsingGet())
            .RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(3)).WithHeader("X-Nomad-Index", "6").WithBody(JobsBody));
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler(o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(2);
        }));
        services.AddNomadClient(o => o.Address = new Uri(server.Url!));
        await using var provider = services.BuildServiceProvider();
        var nomad = provider.GetRequiredService<INomadClient>();

        var page = await FirstPageAsync(nomad, new NomadQueryOptions { WaitIndex = 5, WaitTime = TimeSpan.FromSeconds(3) });

        Assert.Equal(6UL, page.Meta.LastIndex);
        var request = Assert.Single(server.Requests).RequestMessage!;
        Assert.Equal("3000ms", request.Query!["wait"].ToString());
    }

    [Fact]
    public void Blocking_timeout_is_wait_plus_jitter_plus_the_request_timeout()
    {
        using var server = new NomadTestServer();
        var pipeline = PipelineOf(server);

        Assert.Equal(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(18.75) + TimeSpan.FromSeconds(60), pipeline.BlockingTimeout(null));
        Assert.Equal(TimeSpan.FromSeconds(16 + 1 + 60), pipeline.BlockingTimeout(TimeSpan.FromSeconds(16)));
    }

    [Fact]
    public void The_wait_is_sent_as_whole_milliseconds_rounded_up_and_follows_each_change_of_wait()
    {
        // The last text is kept for the next poll of the same wait; a different wait must never get the kept text.
        Assert.Equal("30000ms", NomadPipeline.WaitText(TimeSpan.FromSeconds(30)));
        Assert.Equal("30000ms", NomadPipeline.WaitText(TimeSpan.FromSeconds(30)));
        Assert.Equal("300000ms", NomadPipeline.WaitText(TimeSpan.FromMinutes(5)));
        Assert.Equal("2ms", NomadPipeline.WaitText(TimeSpan.FromTicks(15_000)));
        Assert.Equal("30000ms", NomadPipeline.WaitText(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("example/dispatch-1485408778-81644024", "example%2Fdispatch-1485408778-81644024")]
    [InlineData("a b?c#d%e", "a%20b%3Fc%23d%25e")]
    [InlineData("../v1/acl", "..%2Fv1%2Facl")]
    [InlineData("jöb\u0001", "j%C3%B6b%01")]
    public async Task Path_segments_are_escaped_on_the_wire(string id, string escaped)
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody("\"ok\""));
        var pipeline = PipelineOf(server);

        await pipeline.QueryAsync("v1/job/" + PathSegment.Escape(id, "jobId"), null, NomadJsonContext.Default.String, CancellationToken.None);

        // WireMock shows spaces and non-ASCII letters unescaped (as Uri.ToString does); reserved characters stay escaped.
        Assert.Equal(new Uri($"{server.Url}/v1/job/{escaped}").ToString(), Assert.Single(server.Requests).RequestMessage!.Url);
    }

    [Fact]
    public async Task Success_with_html_or_truncated_json_is_an_invalid_response_error()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "text/html").WithBody("<html>proxy error</html>"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => ListAllAsync(nomad));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_over_the_size_cap_fails_without_reading_it_all()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithBody("[" + string.Join(",", Enumerable.Repeat(JobsBody[1..^1], 2000)) + "]"));
        using var nomad = server.CreateClient(o => o.MaxResponseBytes = 4096);

        var error = await Assert.ThrowsAsync<NomadApiException>(() => ListAllAsync(nomad));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("4,096-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_refused_is_a_transport_error()
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri($"http://127.0.0.1:{NomadTestServer.FreePort()}"), static _ => null);

        var error = await Assert.ThrowsAsync<NomadApiException>(() => ListAllAsync(nomad));

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(0, error.Status);
    }

    private static void RespondJobs(NomadTestServer server) =>
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(JobsBody));

    private static NomadPipeline PipelineOf(NomadTestServer server)
    {
        var services = new ServiceCollection();
        NomadServiceCollectionExtensions.AddNomadClient(services, null, o =>
        {
            o.Address = new Uri(server.Url!);
            o.Token = NomadTestServer.Token;
        }, static _ => null);
        var provider = services.BuildServiceProvider();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(NomadServiceCollectionExtensions.HttpClientName);
        return new NomadPipeline(http, provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<NomadClientOptions>>().Value);
    }

    private static async Task<List<JobListStub>> ListAllAsync(INomadClient nomad, CancellationToken cancellationToken = default)
    {
        var jobs = new List<JobListStub>();
        await foreach (var job in nomad.Jobs.ListAsync().WithCancellation(cancellationToken))
        {
            jobs.Add(job);
        }

        return jobs;
    }

    private static async Task<NomadPage<JobListStub>> FirstPageAsync(INomadClient nomad, NomadQueryOptions query)
    {
        await foreach (var page in nomad.Jobs.ListAsync(query.CopyAs<JobListOptions>()).AsPages())
        {
            return (NomadPage<JobListStub>)page;
        }

        throw new InvalidOperationException("no page");
    }
}
