using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using DeploymentSdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace DeploymentSdk.CloudFoundry.Tests;

/// <summary>What Cloud Foundry gets from the core's provider seam: redaction, named clients, typed failures, telemetry.</summary>
public sealed class SeamTests
{
    private const string Secret = "cf-echoed-secret-5e6f7a8b";
    private const string Guid = "3f4a1c2e-0000-4000-8000-7d9b00000001";

    [Fact]
    public async Task A_token_echoed_in_a_header_a_text_body_or_an_errors_envelope_appears_in_no_exception_log_or_span()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v3/deployments/" + Guid)).RespondWith(Response.Create().WithStatusCode(422)
            .WithHeader("X-Echo", "{{request.headers.Authorization}}")
            .WithBody("""{"errors":[{"code":10008,"title":"CF-UnprocessableEntity","detail":"sent {{request.headers.Authorization}}"}]}""").WithTransformer());
        server.Given(Request.Create().WithPath("/v3/deployments/" + Guid + "/actions/cancel")).RespondWith(Response.Create().WithStatusCode(502)
            .WithBody("upstream saw Authorization: {{request.headers.Authorization}}").WithTransformer());
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        await using var provider = Services(s => s.AddCloudFoundryClient("prod", o => (o.Address, o.Token) = (new Uri(server.Url!), Secret)));
        var deployments = provider.GetRequiredKeyedService<ICloudFoundryDeploymentsClient>("prod");

        var failures = new List<Exception>
        {
            await Assert.ThrowsAsync<CloudFoundryApiException>(() => deployments.GetAsync(Guid)),
            await Assert.ThrowsAsync<CloudFoundryApiException>(() => deployments.CancelAsync(Guid)),
        };

        Assert.Contains(Secret, server.LogEntries.First().ResponseMessage!.BodyData!.BodyAsString!, StringComparison.Ordinal);
        var logs = provider.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("answered 422", StringComparison.Ordinal));
        Assert.All(failures, e => AssertNoSecret(Describe(e)));
        Assert.All(logs, r => AssertNoSecret($"{r.Message} {r.Exception} {string.Join(";", r.StructuredState ?? [])}"));
        Assert.All(spans, s => AssertNoSecret(string.Join(";", s.TagObjects.Select(t => $"{t.Key}={t.Value}"))));
    }

    [Fact]
    public async Task A_refresh_token_quoted_in_an_oauth_error_description_appears_in_no_exception()
    {
        using var uaa = WireMockServer.Start();
        uaa.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
            .WithBody($$"""{"error":"invalid_grant","error_description":"Invalid refresh token (expired): {{Secret}}"}"""));
        using var host = CfTestHost.Start(
            options => options.Token = null,
            services => services.AddCloudFoundryUaaTokenSource(options => (options.UaaAddress, options.RefreshToken) = (new Uri(uaa.Url!), Secret)));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => host.Deployments.GetAsync(Guid));

        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        AssertNoSecret(Describe(error));
        Assert.Contains("Invalid refresh token (expired): [redacted]", Assert.Single(error.Errors).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void User_info_in_an_address_appears_in_no_validation_message()
    {
        var api = Assert.Throws<OptionsValidationException>(() => CloudFoundryClient.Create(new CloudFoundryClientOptions
        {
            Address = new Uri("ftp://admin:hunter2pass@api.example.com"),
            Token = "t",
        }));
        var uaa = Assert.Throws<OptionsValidationException>(() => new UaaTokenSource(new UaaTokenSourceOptions
        {
            UaaAddress = new Uri("ftp://admin:hunter2pass@uaa.example.com"),
            RefreshToken = "r",
        }));

        Assert.Contains("CloudFoundryClientOptions.Address", api.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2pass", api.Message, StringComparison.Ordinal);
        Assert.Contains("UaaTokenSourceOptions.UaaAddress", uaa.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2pass", uaa.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_named_clients_called_concurrently_never_cross_addresses_or_tokens()
    {
        using var a = WireMockServer.Start();
        using var b = WireMockServer.Start();
        foreach (var server in new[] { a, b })
        {
            server.Given(Request.Create().WithPath("/v3/deployments/" + Guid)).RespondWith(Response.Create().WithBody($$"""{"guid":"{{Guid}}"}"""));
        }

        await using var provider = Services(s =>
        {
            s.AddCloudFoundryClient("a", o => (o.Address, o.Token) = (new Uri(a.Url!), "token-of-a"));
            s.AddCloudFoundryClient("b", o => (o.Address, o.Token) = (new Uri(b.Url!), "token-of-b"));
        });
        var factory = provider.GetRequiredService<IApiClientFactory<ICloudFoundryDeploymentsClient>>();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => factory.CreateClient(i % 2 == 0 ? "a" : "b").GetAsync(Guid)));

        Assert.Equal(15, a.LogEntries.Count());
        Assert.Equal(15, b.LogEntries.Count());
        Assert.All(a.LogEntries, e => Assert.Equal("Bearer token-of-a", e.RequestMessage!.Header("Authorization")));
        Assert.All(b.LogEntries, e => Assert.Equal("Bearer token-of-b", e.RequestMessage!.Header("Authorization")));
        Assert.Throws<InvalidOperationException>(() => factory.CreateClient("c"));
    }

    [Fact]
    public async Task Registering_a_name_twice_layers_its_options_and_keeps_one_handler_chain()
    {
        var once = new ServiceCollection();
        once.AddCloudFoundryClient("a", o => (o.Address, o.Token) = (new Uri("https://api.example.com"), "t"));
        var twice = new ServiceCollection();
        twice.AddCloudFoundryClient("a", o => (o.Address, o.Token) = (new Uri("https://api.example.com"), "t"));
        twice.AddCloudFoundryClient("a", o => o.RequestTimeout = TimeSpan.FromSeconds(7));
        await using var one = once.BuildServiceProvider();
        await using var two = twice.BuildServiceProvider();

        Assert.Equal(HandlerActions(one), HandlerActions(two));
        Assert.Equal(TimeSpan.FromSeconds(7), two.GetRequiredService<IOptionsMonitor<CloudFoundryClientOptions>>().Get("a").RequestTimeout);
        Assert.Equal("t", two.GetRequiredService<IOptionsMonitor<CloudFoundryClientOptions>>().Get("a").Token);
    }

    [Fact]
    public async Task A_refused_connection_and_an_unsupported_redirect_are_CloudFoundryApiExceptions()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v3/deployments/" + Guid)).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "file:///etc/passwd"));
        using var refused = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri($"http://127.0.0.1:{FreePort()}"), Token = "t" });
        using var redirected = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri(server.Url!), Token = "t" });

        var transport = await Assert.ThrowsAsync<CloudFoundryApiException>(() => refused.Deployments.GetAsync(Guid));
        var redirect = await Assert.ThrowsAsync<CloudFoundryApiException>(() => redirected.Deployments.GetAsync(Guid));

        Assert.Equal(ApiErrorKind.Transport, transport.Kind);
        Assert.StartsWith($"Cloud Foundry GET /v3/deployments/{Guid} failed before an answer was received", transport.Message, StringComparison.Ordinal);
        Assert.Equal(ApiErrorKind.InvalidResponse, redirect.Kind);
        Assert.Contains("redirected (302) to a 'file:' address, which is not followed", redirect.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_span_per_operation_with_its_tags_and_a_duration_with_its_outcome()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v3/deployments/" + Guid)).RespondWith(Response.Create().WithBody($$"""{"guid":"{{Guid}}"}"""));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        var durations = new ConcurrentQueue<(double Value, Dictionary<string, object?> Tags)>();
        using var meters = TelemetryListeners.Durations("DeploymentSdk.CloudFoundry", durations);
        using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri(server.Url!), Token = Secret });

        await cf.Deployments.GetAsync(Guid);

        var span = Assert.Single(spans, s => s.Source.Name == "DeploymentSdk.CloudFoundry" && Equals(s.GetTagItem("cloudfoundry.deployment.guid"), Guid));
        Assert.Equal("cloudfoundry.deployments.get", span.OperationName);
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Contains(spans, s => s.Source.Name == "System.Net.Http" && s.ParentSpanId == span.SpanId);
        AssertNoSecret(string.Join(";", span.TagObjects.Select(t => $"{t.Key}={t.Value}")));
        Assert.Contains(durations, d => Equals(d.Tags["deploymentsdk.operation"], "cloudfoundry.deployments.get") && Equals(d.Tags["deploymentsdk.outcome"], "success"));
    }

    [Fact]
    public async Task Cancel_and_continue_each_have_their_own_span_name()
    {
        const string Acted = "3f4a1c2e-0000-4000-8000-7d9b00000002";
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath($"/v3/deployments/{Acted}/actions/*").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        server.Given(Request.Create().WithPath($"/v3/deployments/{Acted}").UsingGet()).RespondWith(Response.Create().WithBody($$"""{"guid":"{{Acted}}"}"""));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri(server.Url!), Token = Secret });

        await cf.Deployments.CancelAsync(Acted);
        await cf.Deployments.ContinueAsync(Acted);

        var names = spans
            .Where(s => s.Source.Name == "DeploymentSdk.CloudFoundry" && Equals(s.GetTagItem("cloudfoundry.deployment.guid"), Acted))
            .Select(s => s.OperationName)
            .ToArray();
        Assert.Equal(
            ["cloudfoundry.deployments.cancel", "cloudfoundry.deployments.get", "cloudfoundry.deployments.continue", "cloudfoundry.deployments.get"],
            names);
    }

    private static void AssertNoSecret(string text) => Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);

    private static string Describe(Exception e) =>
        e + string.Join(";", e.Data.Keys.Cast<object>().Select(k => $"{k}={e.Data[k]}"))
        + (e is CloudFoundryApiException cf ? cf.ResponseBodyExcerpt + string.Join(";", cf.Errors.Select(x => $"{x.Title} {x.Detail}")) : string.Empty);

    private static ServiceProvider Services(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        register(services);
        return services.BuildServiceProvider();
    }

    private static int HandlerActions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>()
            .Get(CloudFoundryServiceCollectionExtensions.HttpClientName + ":a").HttpMessageHandlerBuilderActions.Count;



    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
