using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using DeploymentSdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace DeploymentSdk.Cloud66.Tests;

/// <summary>What Cloud66 gets from the core's provider seam: redaction, named clients, rotating tokens, typed failures, telemetry.</summary>
public sealed class SeamTests
{
    private const string Secret = "c66-echoed-secret-1a2b3c4d";
    private const string Stack = "stack-1";
    private const string Deployment = """{"response":{"id":7,"is_live":true}}""";

    [Fact]
    public async Task A_token_echoed_in_a_header_a_text_body_or_an_oauth_error_appears_in_no_exception_log_or_span()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/1")).RespondWith(Response.Create().WithStatusCode(401)
            .WithHeader("X-Echo", "{{request.headers.Authorization}}")
            .WithBody("""{"error":"invalid_token","error_description":"token {{request.headers.Authorization}} is revoked"}""").WithTransformer());
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/2")).RespondWith(Response.Create().WithStatusCode(400)
            .WithBody("you sent {{request.headers.Authorization}}").WithTransformer());
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        await using var provider = Services(s => s.AddCloud66Client("ops", o => (o.Address, o.Token) = (new Uri(server.Url!), Secret)));
        var deployments = provider.GetRequiredKeyedService<ICloud66DeploymentsClient>("ops");

        var failures = new List<Exception>
        {
            await Assert.ThrowsAsync<Cloud66ApiException>(() => deployments.GetAsync(Stack, 1)),
            await Assert.ThrowsAsync<Cloud66ApiException>(() => deployments.GetAsync(Stack, 2)),
        };

        Assert.Contains(Secret, server.LogEntries.First().ResponseMessage!.BodyData!.BodyAsString!, StringComparison.Ordinal);
        var logs = provider.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("answered 401", StringComparison.Ordinal));
        Assert.All(failures, e => AssertNoSecret(Describe(e)));
        Assert.All(logs, r => AssertNoSecret($"{r.Message} {r.Exception} {string.Join(";", r.StructuredState ?? [])}"));
        Assert.All(spans, s => AssertNoSecret(string.Join(";", s.TagObjects.Select(t => $"{t.Key}={t.Value}"))));
    }

    [Fact]
    public async Task Two_named_clients_called_concurrently_never_cross_addresses_or_tokens()
    {
        using var a = WireMockServer.Start();
        using var b = WireMockServer.Start();
        foreach (var server in new[] { a, b })
        {
            server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/7")).RespondWith(Response.Create().WithBody(Deployment));
        }

        await using var provider = Services(s =>
        {
            s.AddCloud66Client("a", o => (o.Address, o.Token) = (new Uri(a.Url!), "token-of-a"));
            s.AddCloud66Client("b", o => (o.Address, o.Token) = (new Uri(b.Url!), "token-of-b"));
        });
        var factory = provider.GetRequiredService<IApiClientFactory<Cloud66Client>>();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => factory.CreateClient(i % 2 == 0 ? "a" : "b").Deployments.GetAsync(Stack, 7)));

        Assert.Equal(15, a.LogEntries.Count());
        Assert.Equal(15, b.LogEntries.Count());
        Assert.All(a.LogEntries, e => Assert.Equal("Bearer token-of-a", e.RequestMessage!.Headers!["Authorization"].ToString()));
        Assert.All(b.LogEntries, e => Assert.Equal("Bearer token-of-b", e.RequestMessage!.Headers!["Authorization"].ToString()));
        Assert.Throws<InvalidOperationException>(() => factory.CreateClient("c"));
    }

    [Fact]
    public async Task Registering_a_name_twice_layers_its_options_and_keeps_one_handler_chain()
    {
        var once = new ServiceCollection();
        once.AddCloud66Client("a", o => o.Token = "t");
        var twice = new ServiceCollection();
        twice.AddCloud66Client("a", o => o.Token = "t");
        twice.AddCloud66Client("a", o => o.RequestTimeout = TimeSpan.FromSeconds(7));
        await using var one = once.BuildServiceProvider();
        await using var two = twice.BuildServiceProvider();

        Assert.Equal(HandlerActions(one), HandlerActions(two));
        var options = two.GetRequiredService<IOptionsMonitor<Cloud66ClientOptions>>().Get("a");
        Assert.Equal((TimeSpan.FromSeconds(7), "t"), (options.RequestTimeout, options.Token));
    }

    [Fact]
    public async Task A_token_rotated_through_configuration_reload_or_the_delegate_is_sent_on_the_next_request()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/7")).RespondWith(Response.Create().WithBody(Deployment));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Address"] = server.Url,
            ["Token"] = "before-reload",
        }).Build();
        var current = "first";
        await using var provider = Services(s =>
        {
            s.AddCloud66Client("config", configuration);
            s.AddCloud66Client("delegate", o => (o.Address, o.TokenProvider) = (new Uri(server.Url!), _ => ValueTask.FromResult<string?>(current)));
        });
        var fromConfig = provider.GetRequiredKeyedService<ICloud66DeploymentsClient>("config");
        var fromDelegate = provider.GetRequiredKeyedService<ICloud66DeploymentsClient>("delegate");

        await fromConfig.GetAsync(Stack, 7);
        configuration["Token"] = "after-reload";
        configuration.Reload();
        await fromConfig.GetAsync(Stack, 7);
        await fromDelegate.GetAsync(Stack, 7);
        current = "second";
        await fromDelegate.GetAsync(Stack, 7);

        Assert.Equal(
            ["Bearer before-reload", "Bearer after-reload", "Bearer first", "Bearer second"],
            server.LogEntries.Select(e => e.RequestMessage!.Headers!["Authorization"].ToString()));
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_once_for_concurrent_callers_and_a_second_rejection_is_the_error()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/7").WithHeader("Authorization", "Bearer old"))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"invalid_token"}"""));
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/7").WithHeader("Authorization", "Bearer new*"))
            .RespondWith(Response.Create().WithBody(Deployment));
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/8"))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"invalid_token"}"""));
        const int Callers = 4;
        var calls = 0;
        var allAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var provider = Services(s => s.AddCloud66Client("a", o =>
        {
            o.Address = new Uri(server.Url!);
            o.TokenProvider = async _ =>
            {
                var call = Interlocked.Increment(ref calls);
                if (call > Callers)
                {
                    return $"new-{call}";
                }

                if (call == Callers)
                {
                    allAsked.SetResult();
                }

                await allAsked.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "old";
            };
        }));
        var deployments = provider.GetRequiredKeyedService<ICloud66DeploymentsClient>("a");

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => deployments.GetAsync(Stack, 7)));
        var sharedRefreshes = calls - Callers;
        var error = await Assert.ThrowsAsync<Cloud66ApiException>(() => deployments.GetAsync(Stack, 8));

        Assert.Equal(1, sharedRefreshes);
        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        Assert.Equal(2, server.LogEntries.Count(e => e.RequestMessage!.Path.EndsWith("/8", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refused_connection_and_an_unsupported_redirect_are_Cloud66ApiExceptions()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/7")).RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", "unix:///var/run/x.sock"));
        using var refused = Cloud66Client.Create(new Cloud66ClientOptions { Address = new Uri($"http://127.0.0.1:{FreePort()}/"), Token = "t" });
        using var redirected = Cloud66Client.Create(new Cloud66ClientOptions { Address = new Uri(server.Url!), Token = "t" });

        var transport = await Assert.ThrowsAsync<Cloud66ApiException>(() => refused.Deployments.GetAsync(Stack, 7));
        var redirect = await Assert.ThrowsAsync<Cloud66ApiException>(() => redirected.Deployments.GetAsync(Stack, 7));

        Assert.Equal(ApiErrorKind.Transport, transport.Kind);
        Assert.StartsWith("Cloud66 GET /stacks/stack-1/deployments/7 failed before an answer was received", transport.Message, StringComparison.Ordinal);
        Assert.Equal(ApiErrorKind.InvalidResponse, redirect.Kind);
        Assert.Contains("redirected (301) to a 'unix:' address, which is not followed", redirect.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_timeout_is_a_Cloud66ApiException_of_kind_Timeout_and_caller_cancellation_stays_cancellation()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/stacks/stack-1/deployments/7")).RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(5)).WithBody(Deployment));
        using var impatient = Cloud66Client.Create(new Cloud66ClientOptions { Address = new Uri(server.Url!), Token = "t", RequestTimeout = TimeSpan.FromMilliseconds(200) });
        using var patient = Cloud66Client.Create(new Cloud66ClientOptions { Address = new Uri(server.Url!), Token = "t" });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var timeout = await Assert.ThrowsAsync<Cloud66ApiException>(() => impatient.Deployments.GetAsync(Stack, 7));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => patient.Deployments.GetAsync(Stack, 7, cancel.Token));

        Assert.Equal(ApiErrorKind.Timeout, timeout.Kind);
        Assert.Equal(0, timeout.Status);
        Assert.IsType<TimeoutException>(timeout.InnerException);
        Assert.Contains("GET /stacks/stack-1/deployments/7 did not complete within 0.2 s", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_span_per_operation_with_its_tags_and_a_duration_with_its_outcome()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/stacks/stack-telemetry/deployments/7")).RespondWith(Response.Create().WithBody(Deployment));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        var durations = new ConcurrentQueue<(double Value, Dictionary<string, object?> Tags)>();
        using var meters = TelemetryListeners.Durations("DeploymentSdk.Cloud66", durations);
        using var c66 = Cloud66Client.Create(new Cloud66ClientOptions { Address = new Uri(server.Url!), Token = Secret });

        await c66.Deployments.GetAsync("stack-telemetry", 7);

        var span = Assert.Single(spans, s => s.Source.Name == "DeploymentSdk.Cloud66" && Equals(s.GetTagItem("cloud66.stack.id"), "stack-telemetry"));
        Assert.Equal("cloud66.deployments.get", span.OperationName);
        Assert.Equal("7", span.GetTagItem("cloud66.deployment.id"));
        Assert.Contains(spans, s => s.Source.Name == "System.Net.Http" && s.ParentSpanId == span.SpanId);
        AssertNoSecret(string.Join(";", span.TagObjects.Select(t => $"{t.Key}={t.Value}")));
        Assert.Contains(durations, d => Equals(d.Tags["deploymentsdk.operation"], "cloud66.deployments.get") && Equals(d.Tags["deploymentsdk.outcome"], "success"));
    }

    [Fact]
    public async Task Stack_calls_get_the_same_spans_redaction_and_typed_timeouts_as_deployment_calls()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/stacks")).RespondWith(Response.Create()
            .WithBody("""{"response":[{"uid":"abc","name":"web"}],"count":1,"pagination":{"current":1,"count":1}}"""));
        server.Given(Request.Create().WithPath("/stacks/revoked")).RespondWith(Response.Create().WithStatusCode(401)
            .WithBody("""{"error":"invalid_token","error_description":"token {{request.headers.Authorization}} is revoked"}""").WithTransformer());
        server.Given(Request.Create().WithPath("/stacks/slow")).RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(5)).WithBody("{}"));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        using var c66 = Cloud66Client.Create(new Cloud66ClientOptions { Address = new Uri(server.Url!), Token = Secret, RequestTimeout = TimeSpan.FromMilliseconds(300) });

        // The listener is process-wide: this test's calls run under a root span of their own, so other tests' spans
        // (recorded in parallel) are told apart by trace.
        using var testSource = new ActivitySource("DeploymentSdk.Tests.Stacks");
        using var root = testSource.StartActivity("test")!;
        var stacks = await c66.Stacks.ListAsync().ToListAsync();
        var revoked = await Assert.ThrowsAsync<Cloud66ApiException>(() => c66.Stacks.GetAsync("revoked"));
        var timeout = await Assert.ThrowsAsync<Cloud66ApiException>(() => c66.Stacks.GetAsync("slow"));

        Assert.Equal("web", Assert.Single(stacks).Name);
        Assert.Contains(Secret, server.LogEntries.Single(e => e.RequestMessage!.Path == "/stacks/revoked").ResponseMessage!.BodyData!.BodyAsString!, StringComparison.Ordinal);
        AssertNoSecret(Describe(revoked));
        Assert.Equal(ApiErrorKind.Timeout, timeout.Kind);
        var mine = spans.Where(s => s.Source.Name == "DeploymentSdk.Cloud66" && s.TraceId == root.TraceId).ToList();
        Assert.Equal(["cloud66.stacks.list", "cloud66.stacks.get", "cloud66.stacks.get"], mine.Select(s => s.OperationName));
        Assert.Equal([null, "revoked", "slow"], mine.Select(s => s.GetTagItem("cloud66.stack.id") as string));
    }

    private static void AssertNoSecret(string text) => Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);

    private static string Describe(Exception e) =>
        e + string.Join(";", e.Data.Keys.Cast<object>().Select(k => $"{k}={e.Data[k]}"))
        + (e is Cloud66ApiException c ? $"{c.ResponseBodyExcerpt} {c.Error} {c.ErrorDescription} {c.Details}" : string.Empty);

    private static ServiceProvider Services(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        register(services);
        return services.BuildServiceProvider();
    }

    private static int HandlerActions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>()
            .Get(Cloud66ServiceCollectionExtensions.HttpClientName + ":a").HttpMessageHandlerBuilderActions.Count;


    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
