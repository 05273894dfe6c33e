using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentSdk.Nomad.Tests.Events;

/// <summary>
/// The event stream's delays run on the host's <see cref="TimeProvider"/> (from DI): a reconnect backoff is measured
/// on a fake clock, and a server that ends every stream at once costs one connection per minimum reconnect delay.
/// </summary>
public sealed class EventStreamClockTests
{
    [Fact]
    public async Task A_reconnect_waits_its_backoff_on_the_hosts_clock_not_the_wall_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var connection = 0;
        DateTimeOffset? droppedAt = null, reconnectedAt = null;
        await using var server = new LoopbackHttpServer(async x =>
        {
            var mine = Interlocked.Increment(ref connection);
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            if (mine == 1)
            {
                await x.ChunkAsync(Line(5) + "\n");
                await Task.Delay(20);
                droppedAt = time.GetUtcNow();
                x.Abort(); // a leader election cuts the connection
                return;
            }

            reconnectedAt ??= time.GetUtcNow();
            await x.ChunkAsync(Line(6) + "\n");
            await x.WaitForClientCloseAsync();
        });
        using var provider = Client(server.Url, time);
        var events = provider.GetRequiredService<INomadEventsClient>();
        // 10 s of backoff: on the wall clock this test would outlast its 5 s budget.
        var options = new NomadEventStreamOptions { MinReconnectDelay = TimeSpan.FromSeconds(10), MaxReconnectDelay = TimeSpan.FromMinutes(1) };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        await using var stream = events.StreamAsync(options.AddTopic(NomadEventTopic.Deployment), stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await stream.MoveNextAsync());
        Assert.Equal(5UL, stream.Current.Index);

        var next = stream.MoveNextAsync().AsTask();
        while (!next.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(next, Task.Delay(5, stop.Token));
        }

        Assert.True(await next);
        Assert.Equal(6UL, stream.Current.Index);
        Assert.Equal(2, connection);
        var waited = reconnectedAt!.Value - droppedAt!.Value;
        // The first backoff step is 10 s ± 20% jitter; the clock moves in 0.5 s steps while the reconnect is under way.
        Assert.InRange(waited, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_server_that_ends_every_stream_at_once_costs_at_most_one_connection_per_minimum_reconnect_delay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        ulong index = 0;
        await using var server = new LoopbackHttpServer(async x =>
        {
            // Answers at once, a heartbeat and a new batch (so the backoff resets every time), and ends the body.
            await x.StartChunkedAsync();
            await x.ChunkAsync(EventFrames.Heartbeat + "\n");
            await x.ChunkAsync(Line(Interlocked.Increment(ref index)) + "\n");
            await x.EndChunkedAsync();
        });
        using var provider = Client(server.Url, time);
        var events = provider.GetRequiredService<INomadEventsClient>();
        var options = new NomadEventStreamOptions { MinReconnectDelay = TimeSpan.FromSeconds(1), MaxReconnectDelay = TimeSpan.FromSeconds(30) };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var start = time.GetUtcNow();
        var received = 0;
        var reading = Task.Run(async () =>
        {
            await foreach (var batch in events.StreamAsync(options.AddTopic(NomadEventTopic.Deployment), stop.Token))
            {
                Interlocked.Increment(ref received);
            }
        });

        const int Seconds = 120;
        for (var tick = 0; tick < Seconds * 4; tick++)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(2);
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        var elapsed = (time.GetUtcNow() - start).TotalSeconds;
        // Each reconnect waits at least 0.8 × MinReconnectDelay (the jitter's low end): the bound whatever the server does.
        Assert.InRange(server.Requests, 2, (int)(elapsed / 0.8) + 2);
        Assert.InRange(received, 1, server.Requests);
    }

    private static string Line(ulong index) =>
        EventFrames.Batch(index, EventFrames.Event("Deployment", "DeploymentStatusUpdate", "web", index, "{\"Deployment\":{\"ID\":\"web\"}}"));

    private static ServiceProvider Client(string url, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        NomadServiceCollectionExtensions.AddNomadClient(
            services,
            configuration: null,
            o =>
            {
                o.Address = new Uri(url);
                o.Token = NomadTestServer.Token;
            },
            static _ => null);
        return services.BuildServiceProvider();
    }
}
