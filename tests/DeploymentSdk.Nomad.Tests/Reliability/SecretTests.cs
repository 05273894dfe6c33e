using DeploymentSdk.Nomad.Json;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// The token is sent as X-Nomad-Token to the configured origin only, and appears in no log line at any level
/// (IHttpClientFactory's and Polly's included), no exception, no ToString and no URL, whatever goes wrong.
/// </summary>
public sealed class SecretTests
{
    private const string Token = NomadTestServer.Token;
    private const string Jobs = """[{"ID":"web"}]""";

    [Fact]
    public async Task The_token_is_in_no_log_line_and_no_exception_across_retries_errors_redirects_and_failures()
    {
        using var server = new NomadTestServer();
        using var elsewhere = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/flaky")).InScenario("flaky").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        server.Server.Given(Request.Create().WithPath("/v1/flaky")).InScenario("flaky").WhenStateIs("ok")
            .RespondWith(Response.Create().WithBody(Jobs));
        server.Server.Given(Request.Create().WithPath("/v1/denied")).RespondWith(Response.Create().WithStatusCode(403).WithBody("Permission denied"));
        server.Server.Given(Request.Create().WithPath("/v1/moved")).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", elsewhere.Url + "/v1/jobs"));
        server.Server.Given(Request.Create().WithPath("/v1/html")).RespondWith(Response.Create().WithBody("<html>proxy</html>"));
        server.Server.Given(Request.Create().WithPath("/v1/slow")).RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(2)).WithBody(Jobs));
        server.Server.Given(Request.Create().WithPath("/v1/echo")).RespondWith(Response.Create().WithStatusCode(400)
            .WithBody("{{request.headers.X-Nomad-Token}}").WithTransformer());
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost()).RespondWith(Response.Create().WithStatusCode(500)
            .WithBody("Enforcing job modify index 5: job exists with conflicting job modify index: 7"));
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet()).RespondWith(Response.Create().WithBody(Jobs));
        elsewhere.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithBody(Jobs));
        var logs = new CapturingLoggerProvider();
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true, logs: logs);
        using var refused = ReliabilityClient.Create($"http://127.0.0.1:{NomadTestServer.FreePort()}", fastRetries: true, logs: logs);
        var failures = new List<Exception>();

        await client.ReadAsync("v1/flaky");
        await client.ReadAsync("v1/moved");
        await client.Nomad.Jobs.ListAsync(new JobListOptions { Prefix = "web", Filter = "Status == \"running\"" }).ToListAsync();
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.ReadAsync("v1/denied")));
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.ReadAsync("v1/html")));
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.Pipeline.QueryAsync(
            "v1/slow", null, NomadJsonContext.Default.ListJobListStub, CancellationToken.None, r => r.Timeout = TimeSpan.FromMilliseconds(300))));
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.ReadAsync("v1/echo")));
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.WriteAsync(HttpMethod.Post, write: new NomadWriteOptions { IdempotencyToken = "i-1" })));
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => refused.ReadAsync()));

        // The token went where it should, and the logs did record headers, so their absence is not an accident.
        Assert.All(server.Requests, r => Assert.Equal(Token, r.RequestMessage!.Headers!["X-Nomad-Token"].ToString()));
        Assert.All(server.Requests, r => Assert.DoesNotContain(Token, r.RequestMessage!.Url, StringComparison.Ordinal));
        Assert.False(Assert.Single(elsewhere.Requests).RequestMessage!.Headers!.ContainsKey("X-Nomad-Token"));
        Assert.Contains(logs.Messages, m => m.Contains("HTTP GET /v1/flaky answered 503", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("GET /v1/flaky failed (503); retry 1", StringComparison.Ordinal)); // the SDK's retry event

        Assert.DoesNotContain(logs.Messages, m => m.Contains(Token, StringComparison.Ordinal));
        Assert.All(failures, e => Assert.DoesNotContain(Token, e.ToString(), StringComparison.Ordinal));
        Assert.All(failures.OfType<ApiException>(), e => Assert.DoesNotContain(Token, e.ResponseBodyExcerpt ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal("[redacted]", failures.OfType<NomadApiException>().Single(e => e.RequestPath == "/v1/echo").ResponseBodyExcerpt);
    }

    [Fact]
    public void ToString_of_options_requests_and_clients_never_shows_the_token()
    {
        using var client = ReliabilityClient.Create("https://nomad.example.com:4646");
        var request = new DeploymentSdk.Http.ApiRequest(HttpMethod.Get, "v1/jobs").AddQuery("prefix", "web");
        client.Pipeline.ApplyQuery(request, new NomadQueryOptions { Namespace = "apps" });
        using var message = request.ToHttpRequestMessage(new Uri("https://nomad.example.com:4646/"));

        string[] descriptions =
        [
            client.Options.ToString(), client.Nomad.ToString()!, client.Pipeline.ToString()!, request.ToString()!, message.ToString(),
            new NomadQueryOptions().ToString()!, new NomadWriteOptions { IdempotencyToken = "i" }.ToString()!,
        ];

        Assert.Contains("token: set", client.Options.ToString(), StringComparison.Ordinal);
        Assert.All(descriptions, d => Assert.DoesNotContain(Token, d, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_to_another_origin_never_carries_the_token(int status)
    {
        using var server = new NomadTestServer();
        using var elsewhere = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", elsewhere.Url + "/v1/jobs"));
        elsewhere.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithBody(Jobs));
        using var client = ReliabilityClient.Create(server.Url);

        Assert.Equal("web", Assert.Single(await client.ReadAsync()).Id);

        Assert.Equal(Token, Assert.Single(server.Requests).RequestMessage!.Headers!["X-Nomad-Token"].ToString());
        Assert.False(Assert.Single(elsewhere.Requests).RequestMessage!.Headers!.ContainsKey("X-Nomad-Token"));
    }

    [Fact]
    public async Task A_redirect_to_the_same_host_on_another_port_or_scheme_is_another_origin()
    {
        using var server = new NomadTestServer();
        using var otherPort = new NomadTestServer();
        var localhost = new UriBuilder(otherPort.Url) { Host = "localhost" }.Uri.ToString().TrimEnd('/');
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithStatusCode(307).WithHeader("Location", localhost + "/v1/jobs"));
        otherPort.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithBody(Jobs));
        using var client = ReliabilityClient.Create(server.Url);

        await client.ReadAsync();

        Assert.False(Assert.Single(otherPort.Requests).RequestMessage!.Headers!.ContainsKey("X-Nomad-Token"));
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_five_hops_with_a_typed_error()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/v1/jobs"));
        using var client = ReliabilityClient.Create(server.Url);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(302, error.Status);
        Assert.Equal(6, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(Token, r.RequestMessage!.Headers!["X-Nomad-Token"].ToString()));
    }

    [Theory]
    [InlineData("tok\u201Cen")]
    [InlineData("token\u2014")]
    [InlineData("tökén")]
    public void A_token_with_a_non_ascii_character_fails_validation_naming_the_option_without_showing_it(string token)
    {
        var error = Assert.Throws<OptionsValidationException>(() => NomadClient.Create(o => o.Token = token, static _ => null));

        Assert.Contains("NomadClientOptions.Token (set in code)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_sent_in_the_header_only_never_in_the_request_line()
    {
        using var server = RawHttpServer.Answering(Jobs);
        using var client = ReliabilityClient.Create(server.Url);

        await client.ReadAsync(query: new NomadQueryOptions { Prefix = "web" });
        await client.Pipeline.WriteAsync(HttpMethod.Post, "v1/jobs", "{}", NomadJsonContext.Default.String, new NomadWriteOptions { IdempotencyToken = "x" }, CancellationToken.None);

        Assert.All(server.Requests, r =>
        {
            Assert.Equal(Token, r.Headers["X-Nomad-Token"]);
            Assert.DoesNotContain(Token, r.Target, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, r.BodyText, StringComparison.Ordinal);
        });
        Assert.Equal(2, server.Requests.Count);
    }
}
