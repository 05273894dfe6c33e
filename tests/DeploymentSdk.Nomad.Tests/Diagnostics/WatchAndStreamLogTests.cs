using DeploymentSdk.Nomad.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Diagnostics;

/// <summary>A watch backing off and an event stream reconnecting reach the registration's logger, without a secret.</summary>
public sealed class WatchAndStreamLogTests
{
    [Fact]
    public async Task A_watch_that_fails_logs_that_it_backs_off_with_the_path_and_the_failure_kind()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody($"No cluster leader (token {NomadTestServer.Token})"));
        var logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var services = Services(server, logged, "backing off");
        var jobs = services.GetRequiredService<INomadJobsClient>();
        using var stop = new CancellationTokenSource();
        var options = new NomadWatchOptions { ErrorBackoffInitial = TimeSpan.FromMilliseconds(10), ErrorBackoffMax = TimeSpan.FromMilliseconds(20) };

        var watch = Task.Run(async () =>
        {
            await foreach (var _ in jobs.WatchAsync("web", options, stop.Token))
            {
            }
        });
        await logged.Task.WaitAsync(TimeSpan.FromSeconds(30));
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watch);

        var record = services.GetFakeLogCollector().GetSnapshot().First(r => r.Id.Id == 3);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal("DeploymentSdk.Nomad", record.Category);
        Assert.StartsWith("Nomad watch /v1/job/web failed (ServerError, HTTP 500); backing off for ", record.Message, StringComparison.Ordinal);
        AssertNoSecret(record);
    }

    [Fact]
    public async Task An_event_stream_that_drops_logs_that_it_reconnects_with_the_failure_kind()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/event/stream").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithBody($"upstream down (token {NomadTestServer.Token})"));
        var logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var services = Services(server, logged, "reconnecting");
        var events = services.GetRequiredService<INomadEventsClient>();
        using var stop = new CancellationTokenSource();
        var options = new NomadEventStreamOptions { MinReconnectDelay = TimeSpan.FromMilliseconds(10), MaxReconnectDelay = TimeSpan.FromMilliseconds(20) };

        var stream = Task.Run(async () =>
        {
            await foreach (var _ in events.StreamAsync(options, stop.Token))
            {
            }
        });
        await logged.Task.WaitAsync(TimeSpan.FromSeconds(30));
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream);

        var record = services.GetFakeLogCollector().GetSnapshot().First(r => r.Id.Id == 4);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.StartsWith("Nomad event stream dropped (ServerError, HTTP 503); reconnecting in ", record.Message, StringComparison.Ordinal);
        AssertNoSecret(record);
    }

    [Fact]
    public void A_client_made_without_dependency_injection_logs_nowhere_and_still_builds()
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri("http://127.0.0.1:4646"));

        Assert.Same(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, NomadWatchLog.Of(nomad.Jobs));
    }

    private static ServiceProvider Services(NomadTestServer server, TaskCompletionSource logged, string text)
    {
        var services = new ServiceCollection();

        // The retry handler's own backoff runs fast (its clock comes from DI); the watch and stream back off on their own options.
        services.AddSingleton<TimeProvider>(new ReliabilityClient.ScaledTimeProvider(0.02));
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging(o => o.OutputSink = line =>
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                logged.TrySetResult();
            }
        }));
        services.AddNomadClient(o => (o.Address, o.Token) = (new Uri(server.Url), NomadTestServer.Token));
        return services.BuildServiceProvider();
    }

    private static void AssertNoSecret(FakeLogRecord record)
    {
        var text = $"{record.Message} {record.Exception} {string.Join(";", record.StructuredState ?? [])}";
        Assert.DoesNotContain(NomadTestServer.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
    }
}
