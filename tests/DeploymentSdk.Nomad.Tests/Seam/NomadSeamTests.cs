using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using DeploymentSdk.Nomad.Events;
using DeploymentSdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Seam;

/// <summary>
/// What Nomad gets from the core's provider seam: redaction of echoed credentials, named clients that never cross,
/// one pipeline per name, rotating tokens with one shared refresh, typed transport failures.
/// </summary>
public sealed class NomadSeamTests
{
    private const string Secret = "d2c3e4f5-echoed-secret-9a8b";
    private const string Job = /*lang=json,strict*/ """{"ID":"web","Name":"web","Namespace":"apps"}""";

    [Fact]
    public async Task A_token_echoed_in_a_header_a_text_body_or_a_json_body_appears_in_no_exception_log_or_span()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/text")).RespondWith(Response.Create().WithStatusCode(400)
            .WithHeader("X-Echo", "{{request.headers.X-Nomad-Token}}").WithBody("bad token {{request.headers.X-Nomad-Token}}").WithTransformer());
        server.Server.Given(Request.Create().WithPath("/v1/job/json")).RespondWith(Response.Create().WithStatusCode(500)
            .WithBody("""{"error":"denied","token":"{{request.headers.X-Nomad-Token}}"}""").WithTransformer());
        server.Server.Given(Request.Create().WithPath("/v1/job/debug")).RespondWith(Response.Create().WithStatusCode(403)
            .WithBody("X-Nomad-Token: {{request.headers.X-Nomad-Token}}\nPermission denied").WithTransformer());
        var logs = new CapturingLoggerProvider();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        await using var provider = Services(logs, s => s.AddNomadClient("c", o =>
        {
            o.Address = new Uri(server.Url!);
            o.Token = Secret;
        }));
        var nomad = provider.GetRequiredKeyedService<INomadClient>("c");

        var failures = new List<Exception>
        {
            await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("text")),
            await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("json")),
            await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("debug")),
        };

        // The server did echo it, so its absence below is the SDK's doing.
        Assert.Contains(Secret, server.Requests[0].ResponseMessage!.BodyData!.BodyAsString!, StringComparison.Ordinal);
        Assert.Contains(logs.Messages, m => m.Contains("answered 400", StringComparison.Ordinal));
        Assert.All(failures, e => AssertNoSecret(Describe(e)));
        Assert.All(logs.Messages, AssertNoSecret);
        Assert.NotEmpty(spans);
        Assert.All(spans, s => AssertNoSecret(string.Join(";", s.TagObjects.Select(t => $"{t.Key}={t.Value}"))));
    }

    [Fact]
    public void User_info_in_an_address_appears_in_no_validation_message()
    {
        foreach (var address in new[] { "https://admin:hunter2pass@nomad.example.com:4646", "admin:hunter2pass@nomad:4646", "ftp://admin:hunter2pass@nomad" })
        {
            var error = Assert.Throws<OptionsValidationException>(() => NomadClient.Create(o => o.Address = new Uri(address, UriKind.RelativeOrAbsolute), static _ => null));

            Assert.Contains("NomadClientOptions.Address (set in code)", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2pass", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2pass", new NomadClientOptions { Address = new Uri(address, UriKind.RelativeOrAbsolute) }.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bad_value_from_configuration_is_reported_with_its_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Nomad:EuWest:Address"] = "nomad.eu.example.com:4646",
        }).Build();
        var services = new ServiceCollection();
        services.AddNomadClient("eu-west", configuration.GetSection("Nomad:EuWest"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<INomadClient>("eu-west").Jobs);

        Assert.Contains("NomadClientOptions.Address (from configuration key 'Nomad:EuWest:Address')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_named_clients_called_concurrently_never_cross_addresses_or_tokens()
    {
        using var east = new NomadTestServer();
        using var west = new NomadTestServer();
        foreach (var server in new[] { east, west })
        {
            server.Server.Given(Request.Create().WithPath("/v1/job/web")).RespondWith(Response.Create().WithBody(Job));
        }

        await using var provider = Services(null, s =>
        {
            s.AddNomadClient("east", o => (o.Address, o.Token) = (new Uri(east.Url!), "token-of-east"));
            s.AddNomadClient("west", o => (o.Address, o.Token) = (new Uri(west.Url!), "token-of-west"));
        });
        var factory = provider.GetRequiredService<IApiClientFactory<INomadClient>>();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? provider.GetRequiredKeyedService<INomadClient>("east") : factory.CreateClient("west")).Jobs.GetAsync("web")));

        Assert.Equal(20, east.Requests.Count);
        Assert.Equal(20, west.Requests.Count);
        Assert.All(east.Requests, r => Assert.Equal("token-of-east", r.RequestMessage!.Headers!["X-Nomad-Token"].ToString()));
        Assert.All(west.Requests, r => Assert.Equal("token-of-west", r.RequestMessage!.Headers!["X-Nomad-Token"].ToString()));
        Assert.Throws<InvalidOperationException>(() => factory.CreateClient("north"));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddNomadClient(" ", _ => { }));
    }

    [Fact]
    public async Task Registering_a_name_twice_layers_its_options_and_keeps_one_handler_chain()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web")).RespondWith(Response.Create().WithBody(Job));
        var once = new ServiceCollection();
        once.AddNomadClient("c", o => (o.Address, o.Token) = (new Uri(server.Url!), "t-1"));
        var twice = new ServiceCollection();
        twice.AddNomadClient("c", o => (o.Address, o.Token) = (new Uri(server.Url!), "t-1"));
        twice.AddNomadClient("c", o => o.Region = "eu");
        await using var one = once.BuildServiceProvider();
        await using var two = twice.BuildServiceProvider();

        await two.GetRequiredKeyedService<INomadClient>("c").Jobs.GetAsync("web");

        Assert.Equal(HandlerActions(one, "c"), HandlerActions(two, "c"));
        var sent = Assert.Single(server.Requests).RequestMessage!;
        Assert.Equal("eu", sent.Query!["region"].ToString());
        Assert.Equal("t-1", sent.Headers!["X-Nomad-Token"].ToString());
    }

    [Fact]
    public async Task A_token_changed_in_reloaded_configuration_is_sent_on_the_next_request()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web")).RespondWith(Response.Create().WithBody(Job));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Address"] = server.Url,
            ["Token"] = "before-reload",
        }).Build();
        await using var provider = Services(null, s => s.AddNomadClient("c", configuration));
        var nomad = provider.GetRequiredKeyedService<INomadClient>("c");

        await nomad.Jobs.GetAsync("web");
        configuration["Token"] = "after-reload";
        configuration.Reload();
        await nomad.Jobs.GetAsync("web");

        Assert.Equal(["before-reload", "after-reload"], server.Requests.Select(r => r.RequestMessage!.Headers!["X-Nomad-Token"].ToString()));
    }

    [Fact]
    public async Task A_token_from_the_delegate_is_asked_for_each_request_so_a_rotation_is_sent_next()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web")).RespondWith(Response.Create().WithBody(Job));
        var current = "first";
        using var nomad = server.CreateClient(o => (o.Token, o.TokenProvider) = (null, _ => ValueTask.FromResult<string?>(current)));

        await nomad.Jobs.GetAsync("web");
        current = "second";
        await nomad.Jobs.GetAsync("web");

        Assert.Equal(["first", "second"], server.Requests.Select(r => r.RequestMessage!.Headers!["X-Nomad-Token"].ToString()));
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_once_for_all_concurrent_callers()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web").WithHeader("X-Nomad-Token", "old"))
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("ACL token expired"));
        server.Server.Given(Request.Create().WithPath("/v1/job/web").WithHeader("X-Nomad-Token", "new"))
            .RespondWith(Response.Create().WithBody(Job));
        const int Callers = 5;
        var calls = 0;
        var allAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var logs = new CapturingLoggerProvider();
        await using var provider = Services(logs, s => s.AddNomadClient("c", o =>
        {
            o.Address = new Uri(server.Url!);
            o.TokenProvider = async _ =>
            {
                var call = Interlocked.Increment(ref calls);
                if (call > Callers)
                {
                    return "new";
                }

                // Every caller holds the old token before any is rejected, so all of them need the refresh.
                if (call == Callers)
                {
                    allAsked.SetResult();
                }

                await allAsked.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "old";
            };
        }));
        var nomad = provider.GetRequiredKeyedService<INomadClient>("c");

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => nomad.Jobs.GetAsync("web")));

        Assert.Equal(Callers + 1, calls);
        Assert.Equal(Callers, server.Requests.Count(r => r.RequestMessage!.Headers!["X-Nomad-Token"].ToString() == "new"));
        Assert.Equal(Callers, server.Requests.Count(r => r.RequestMessage!.Headers!["X-Nomad-Token"].ToString() == "old"));
        Assert.Contains(logs.Messages, m => m.Contains("new token was obtained", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_rejection_after_a_refresh_is_the_error_and_no_loop()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web")).RespondWith(Response.Create().WithStatusCode(401).WithBody("ACL token expired"));
        var calls = 0;
        using var nomad = server.CreateClient(o => (o.Token, o.TokenProvider) = (null, _ => ValueTask.FromResult<string?>($"token-{Interlocked.Increment(ref calls)}")));

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("web"));

        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_permission_denied_for_a_valid_token_is_not_refreshed()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web")).RespondWith(Response.Create().WithStatusCode(403).WithBody("Permission denied"));
        var calls = 0;
        using var nomad = server.CreateClient(o => (o.Token, o.TokenProvider) = (null, _ => ValueTask.FromResult<string?>($"token-{Interlocked.Increment(ref calls)}")));

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("web"));

        Assert.Equal(ApiErrorKind.PermissionDenied, error.Kind);
        Assert.Single(server.Requests);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_refused_connection_is_a_NomadApiException_naming_the_request()
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri($"http://127.0.0.1:{NomadTestServer.FreePort()}"), static _ => null);

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("web"));

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.StartsWith("Nomad GET /v1/job/web failed before an answer was received", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("unix:///var/run/nomad.sock", "unix")]
    public async Task A_redirect_to_an_unsupported_scheme_is_a_NomadApiException(string location, string scheme)
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web")).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", location));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("web"));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Equal(302, error.Status);
        Assert.Contains($"redirected (302) to a '{scheme}:' address, which is not followed", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_missing_unix_socket_is_a_NomadApiException_naming_the_socket()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nomad-missing-{Guid.NewGuid():N}.sock");
        using var nomad = NomadClient.Create(o => o.Address = new Uri("unix://" + path), static _ => null);

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("web"));

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Contains($"could not connect to the unix socket '{path}'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost:80", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_defaults_are_the_documented_ones()
    {
        var options = new NomadClientOptions();

        Assert.Equal(32, options.MaxConnectionsPerServer);
        Assert.Equal(NomadClientOptions.DefaultMaxConnectionsPerServer, options.MaxConnectionsPerServer);
        Assert.Null(options.TokenProvider);
        Assert.Null(options.Token);
    }

    [Fact]
    public void Options_reject_a_connection_limit_that_is_not_positive()
    {
        var error = Assert.Throws<OptionsValidationException>(() => NomadClient.Create(o => o.MaxConnectionsPerServer = 0, static _ => null));

        Assert.Contains("NomadClientOptions.MaxConnectionsPerServer (set in code) must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_span_per_operation_with_its_tags_and_duration_and_retry_measurements()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/telemetry-job")).InScenario("flaky").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        server.Server.Given(Request.Create().WithPath("/v1/job/telemetry-job")).InScenario("flaky").WhenStateIs("ok")
            .RespondWith(Response.Create().WithHeader("X-Nomad-Index", "42").WithBody(Job));
        server.Server.Given(Request.Create().WithPath("/v1/job/telemetry-missing")).RespondWith(Response.Create().WithStatusCode(404).WithBody("job not found"));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = TelemetryListeners.Spans(spans);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "DeploymentSdk.Nomad")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meters.Start();
        var logs = new CapturingLoggerProvider();
        await using var provider = Services(logs, s => s.AddNomadClient("c", o => (o.Address, o.Token, o.Namespace) = (new Uri(server.Url!), Secret, "apps")));
        var nomad = provider.GetRequiredKeyedService<INomadClient>("c");

        await nomad.Jobs.GetAsync("telemetry-job");
        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("telemetry-missing"));

        var span = Assert.Single(spans, s => s.Source.Name == "DeploymentSdk.Nomad" && Equals(s.GetTagItem("nomad.job.id"), "telemetry-job"));
        Assert.Equal("nomad.jobs.get", span.OperationName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("apps", span.GetTagItem("nomad.namespace"));
        Assert.Equal(42L, span.GetTagItem("nomad.index"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(2, spans.Count(s => s.Source.Name == "System.Net.Http" && s.ParentSpanId == span.SpanId)); // the 503 and the retry
        var failed = Assert.Single(spans, s => s.Source.Name == "DeploymentSdk.Nomad" && Equals(s.GetTagItem("nomad.job.id"), "telemetry-missing"));
        Assert.Equal("NotFound", failed.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.All(spans, s => AssertNoSecret(string.Join(";", s.TagObjects.Select(t => $"{t.Key}={t.Value}"))));
        Assert.Contains(measurements, m => m.Instrument == "deploymentsdk.client.operation.duration"
            && Equals(m.Tags["deploymentsdk.operation"], "nomad.jobs.get") && Equals(m.Tags["deploymentsdk.outcome"], "success"));
        Assert.Contains(measurements, m => m.Instrument == "deploymentsdk.client.operation.duration"
            && Equals(m.Tags["deploymentsdk.operation"], "nomad.jobs.get") && Equals(m.Tags.GetValueOrDefault("error.type"), "NotFound"));
        Assert.Contains(measurements, m => m.Instrument == "deploymentsdk.client.retries" && m.Value == 1);
        Assert.Contains(logs.Messages, m => m.StartsWith("Warning DeploymentSdk.Nomad: nomad GET /v1/job/telemetry-job failed (503); retry 1", StringComparison.Ordinal));
        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task A_watch_counts_its_retries_and_a_stream_its_reconnects_and_both_count_as_active()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/meter-watch")).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "60"));
        var counted = new ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "DeploymentSdk.Nomad")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => counted.Enqueue((i.Name, v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meters.Start();
        using var nomad = server.CreateClient();
        using var refused = NomadClient.Create(o => o.Address = new Uri($"http://127.0.0.1:{NomadTestServer.FreePort()}"), static _ => null);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var watch = Drain(nomad.Jobs.WatchAsync("meter-watch", new NomadWatchOptions
        {
            ErrorBackoffInitial = TimeSpan.FromMilliseconds(5),
            ErrorBackoffMax = TimeSpan.FromMilliseconds(20),
            MinimumInterval = TimeSpan.FromMilliseconds(1),
        }, stop.Token));
        var stream = Drain(refused.Events.StreamAsync(new NomadEventStreamOptions
        {
            MinReconnectDelay = TimeSpan.FromMilliseconds(5),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(20),
        }, stop.Token));
        while (!stop.IsCancellationRequested
            && (counted.Count(c => c.Instrument == "deploymentsdk.client.retries" && Equals(c.Tags.GetValueOrDefault("deploymentsdk.retry.source"), "watch")) < 2
                || counted.Count(c => c.Instrument == "deploymentsdk.client.reconnects" && Equals(c.Tags.GetValueOrDefault("deploymentsdk.connection"), "event_stream")) < 2))
        {
            await Task.Delay(10);
        }

        Assert.False(stop.IsCancellationRequested, "the watch's retries and the stream's reconnects were not counted");
        Assert.Contains(counted, c => c.Instrument == "deploymentsdk.client.active_watches" && c.Value == 1);
        Assert.Contains(counted, c => c.Instrument == "deploymentsdk.client.active_event_streams" && c.Value == 1);
        await stop.CancelAsync();
        await watch;
        await stream;
        Assert.Contains(counted, c => c.Instrument == "deploymentsdk.client.active_watches" && c.Value == -1);
        Assert.Contains(counted, c => c.Instrument == "deploymentsdk.client.active_event_streams" && c.Value == -1);
    }

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        try
        {
            await foreach (var item in items)
            {
                _ = item;
            }
        }
        catch (OperationCanceledException)
        {
            // The test stops them.
        }
    }

    internal static void AssertNoSecret(string text) => Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);

    internal static string Describe(Exception e) =>
        e + string.Join(";", e.Data.Keys.Cast<object>().Select(k => $"{k}={e.Data[k]}"))
        + (e is ApiException api ? api.ResponseBodyExcerpt + string.Join(";", api.ErrorCodes) : string.Empty);


    internal static ServiceProvider Services(CapturingLoggerProvider? logs, Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }

        register(services);
        return services.BuildServiceProvider();
    }

    private static int HandlerActions(IServiceProvider provider, string name) =>
        provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>()
            .Get($"{NomadServiceCollectionExtensions.HttpClientName}:{name}").HttpMessageHandlerBuilderActions.Count;
}
