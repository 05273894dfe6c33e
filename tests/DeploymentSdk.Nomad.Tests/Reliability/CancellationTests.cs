using System.Diagnostics;
using DeploymentSdk.Nomad.Json;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// The caller's cancellation ends a call promptly in every phase: waiting for headers, reading the body, waiting
/// between retries, in a long poll. Latency (Cancel() to the exception) is measured and written to the test output;
/// only a generous bound is asserted, because the machine may be loaded. The exception carries the caller's token.
/// </summary>
public sealed class CancellationTests(ITestOutputHelper output)
{
    private const int Samples = 5;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Cancelling_while_waiting_for_headers()
    {
        using var server = new RawHttpServer(e => e.HangAsync());
        await MeasureAsync("waiting for headers", server, (client, token) => client.ReadAsync(cancellationToken: token));
    }

    [Fact]
    public async Task Cancelling_while_reading_the_body()
    {
        using var server = new RawHttpServer(async e =>
        {
            await e.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n[{\"ID\":\"web\"},");
            await e.HangAsync();
        });
        await MeasureAsync("reading the body", server, (client, token) => client.ReadAsync(cancellationToken: token));
    }

    [Fact]
    public async Task Cancelling_while_waiting_between_retries()
    {
        // No Retry-After: the retry handler waits its backoff (0.5 s and up, real clock) before the second attempt.
        using var server = new RawHttpServer(e => e.RespondAsync(503, "unavailable"));
        await MeasureAsync("waiting between retries", server, (client, token) => client.ReadAsync(cancellationToken: token));
    }

    [Fact]
    public async Task Cancelling_a_long_poll()
    {
        using var server = new RawHttpServer(e => e.HangAsync());
        var poll = new NomadQueryOptions { WaitIndex = 7, WaitTime = TimeSpan.FromMinutes(5) };
        await MeasureAsync("in a 5-minute long poll", server, (client, token) => client.ReadAsync(query: poll, cancellationToken: token));
    }

    [Fact]
    public async Task Cancelling_between_pages_of_a_list()
    {
        using var server = new RawHttpServer(e => e.Index % 2 == 0
            ? e.RespondAsync(200, """[{"ID":"a"}]""", ("X-Nomad-NextToken", "b"))
            : e.HangAsync());
        await MeasureAsync("fetching the second page", server, async (client, token) =>
        {
            await foreach (var _ in client.Nomad.Jobs.ListAsync(new JobListOptions { PerPage = 1 }).WithCancellation(token))
            {
            }
        });
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_sends_nothing()
    {
        using var server = new RawHttpServer(e => e.RespondAsync(200, "[]"));
        using var client = ReliabilityClient.Create(server.Url);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ReadAsync(cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.Pipeline.WriteAsync(HttpMethod.Post, "v1/jobs", "{}", NomadJsonContext.Default.String, null, cancelled.Token));

        Assert.Empty(server.Requests);
    }

    private async Task MeasureAsync(string phase, RawHttpServer server, Func<ReliabilityClient, CancellationToken, Task> call)
    {
        using var client = ReliabilityClient.Create(server.Url);
        var latencies = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var before = server.Requests.Count;
            using var cancel = new CancellationTokenSource();
            var task = call(client, cancel.Token);

            // Cancel once the request is on the server and the call is in the phase being measured.
            await WaitUntilAsync(() => server.Requests.Count > before);
            await Task.Delay(150);
            Assert.False(task.IsCompleted, $"the call ended before it was cancelled: {task.Exception?.InnerException?.Message}");

            var clock = Stopwatch.StartNew();
            await cancel.CancelAsync();
            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task.WaitAsync(Within.Generous));
            var latency = clock.Elapsed;
            latencies.Add(latency.TotalMilliseconds);

            Assert.True(latency < Generous, $"cancellation took {latency}");
            Assert.Equal(cancel.Token, error.CancellationToken);
        }

        latencies.Sort();
        output.WriteLine($"cancellation latency {phase}: median {latencies[Samples / 2]:0.0} ms, max {latencies[^1]:0.0} ms ({Samples} samples: {string.Join(", ", latencies.Select(l => l.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))})");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Within.Generous, "the request never reached the server");
            await Task.Delay(5);
        }
    }
}
