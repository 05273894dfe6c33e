using DeploymentSdk.Http;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// Connection-level faults from a raw socket server: reads are retried within the documented bound (1 + 3 attempts)
/// and then fail with a typed exception; writes are sent once unless they carry an idempotency token; nothing hangs.
/// </summary>
public sealed class TransportFaultTests(ITestOutputHelper output)
{
    private const string Jobs = """[{"ID":"web"}]""";
    private const int AllAttempts = 1 + SdkHttpClientBuilderExtensions.MaxRetryAttempts;

    /// <summary>How each fault breaks the exchange, after the server has read the request.</summary>
    public static TheoryData<string> FaultsBeforeTheAnswer => ["reset", "close-without-answer", "garbage-status-line"];

    [Fact]
    public async Task Connection_refused_fails_a_read_as_a_transport_error_after_the_retries()
    {
        using var client = ReliabilityClient.Create($"http://127.0.0.1:{NomadTestServer.FreePort()}", fastRetries: true);

        var (error, elapsed) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(0, error.Status);
        Assert.Equal("/v1/jobs", error.RequestPath);
        Assert.Contains("Connection refused", error.Message, StringComparison.OrdinalIgnoreCase);
        output.WriteLine($"connection refused: {elapsed.TotalMilliseconds:0} ms");
    }

    [Theory]
    [InlineData("reset", 1)]
    [InlineData("garbage-status-line", 1)]
    // SocketsHttpHandler itself sends a request without a body again, up to 3 times, when its connection closes before
    // any byte of the answer: below the SDK's retry handler, so the server may see up to 4 sends per SDK attempt.
    [InlineData("close-without-answer", 4)]
    public async Task A_read_that_never_gets_an_answer_is_retried_within_the_bound_then_fails_typed(string fault, int sendsPerAttempt)
    {
        using var server = new RawHttpServer(e => Break(e, fault));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        output.WriteLine($"{fault}: the server saw {server.Requests.Count} requests on {server.Connections} connections");
        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.InRange(server.Requests.Count, AllAttempts, AllAttempts * sendsPerAttempt);
        Assert.All(server.Requests, r => Assert.Equal("GET /v1/jobs", $"{r.Method} {r.Target}"));
    }

    [Fact]
    public async Task An_empty_reply_to_a_long_poll_is_not_retried_by_the_sdk()
    {
        using var server = new RawHttpServer(e => Break(e, "close-without-answer"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync(query: new NomadQueryOptions { WaitIndex = 5, WaitTime = TimeSpan.FromSeconds(1) }));

        output.WriteLine($"long poll, empty reply: the server saw {server.Requests.Count} requests (SocketsHttpHandler's own re-sends only)");
        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.InRange(server.Requests.Count, 1, 4);
    }

    [Theory]
    [MemberData(nameof(FaultsBeforeTheAnswer))]
    public async Task A_read_recovers_when_the_fault_passes(string fault)
    {
        using var server = new RawHttpServer(e => e.Index == 0 ? Break(e, fault) : e.RespondAsync(200, Jobs));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (jobs, _) = await Within.RunAsync(() => client.ReadAsync());

        Assert.Equal("web", Assert.Single(jobs).Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData("POST", "reset")]
    [InlineData("PUT", "reset")]
    [InlineData("DELETE", "reset")]
    [InlineData("POST", "close-without-answer")]
    [InlineData("POST", "garbage-status-line")]
    public async Task A_write_without_idempotency_token_is_sent_once(string method, string fault)
    {
        using var server = new RawHttpServer(e => Break(e, fault));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.WriteAsync(new HttpMethod(method)));

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(method, error.Method);
        Assert.Equal(method, Assert.Single(server.Requests).Method);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_write_with_an_idempotency_token_is_retried_like_a_read(string method)
    {
        using var server = new RawHttpServer(e => Break(e, "reset"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        await Within.ThrowsAsync<ApiException>(() => client.WriteAsync(new HttpMethod(method), write: new NomadWriteOptions { IdempotencyToken = "t-1" }));

        Assert.Equal(AllAttempts, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.EndsWith("idempotency_token=t-1", r.Target, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reset-mid-body")]
    [InlineData("close-mid-body")]
    [InlineData("malformed-chunk-size")]
    [InlineData("chunk-shorter-than-declared")]
    public async Task A_read_that_breaks_after_the_headers_fails_typed_and_is_not_retried(string fault)
    {
        // The retry handler sees the answer when its headers arrive; the body is streamed into the JSON reader
        // afterwards, outside it, so a body that breaks is reported, not retried (see ConfigureRetry's remarks).
        using var server = new RawHttpServer(e => BreakBody(e, fault));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(0, error.Status);
        Assert.Single(server.Requests);
        Assert.InRange(error.Message.Length, 1, 1024);
    }

    [Fact]
    public async Task Headers_that_never_come_end_at_the_request_timeout_and_are_not_retried()
    {
        using var server = new RawHttpServer(e => e.HangAsync());
        using var client = ReliabilityClient.Create(server.Url, o => o.RequestTimeout = TimeSpan.FromMilliseconds(500));

        var (error, elapsed) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.Timeout, error.Kind);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("GET /v1/jobs did not complete within 0.5 s", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(450), $"gave up early, after {elapsed}");
        output.WriteLine($"slow headers, 500 ms timeout: gave up after {elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_body_that_trickles_past_the_request_timeout_ends_at_the_timeout()
    {
        using var server = new RawHttpServer(async e =>
        {
            await e.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
            for (var i = 0; i < 1000 && !e.Stopping.IsCancellationRequested; i++)
            {
                await e.WriteAsync("""{"ID":"x"},""");
                await Task.Delay(50, e.Stopping);
            }
        });
        using var client = ReliabilityClient.Create(server.Url, o => o.RequestTimeout = TimeSpan.FromMilliseconds(700));

        var (error, elapsed) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.Timeout, error.Kind);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Single(server.Requests);
        output.WriteLine($"trickling body, 700 ms timeout: gave up after {elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_write_on_a_reused_connection_the_server_closes_without_answering()
    {
        // SocketsHttpHandler sends a request again by itself when a pooled keep-alive connection turns out to be closed
        // before any byte of the answer arrives. This records how often the server sees the write in that case.
        using var server = new RawHttpServer(e => e.Index == 0 ? e.RespondAsync(200, Jobs) : Break(e, "close-without-answer"));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);
        await client.ReadAsync();

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.WriteAsync(HttpMethod.Post));

        var posts = server.Requests.Count(r => r.Method == "POST");
        output.WriteLine($"POST seen {posts} time(s) by the server; connections: {server.Connections}");
        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(1, posts);
    }

    internal static Task Break(RawExchange exchange, string fault)
    {
        switch (fault)
        {
            case "reset":
                exchange.Reset();
                return Task.CompletedTask;
            case "close-without-answer":
                exchange.Close();
                return Task.CompletedTask;
            case "garbage-status-line":
                return WriteThen(exchange, "SSH-2.0-OpenSSH_9.6\r\n\r\n", exchange.Close);
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }

    private static Task BreakBody(RawExchange exchange, string fault) => fault switch
    {
        "reset-mid-body" => WriteThen(exchange, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n[{\"ID\":\"web\"},", exchange.Reset),
        "close-mid-body" => WriteThen(exchange, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n[{\"ID\":\"web\"},", exchange.Close),
        "malformed-chunk-size" => WriteThen(exchange, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n[{\"ID\r\nzz\r\n\":\"web\"}]\r\n0\r\n\r\n", exchange.Close),
        "chunk-shorter-than-declared" => WriteThen(exchange, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n[{\"ID\":\"web\"}]\r\n0\r\n\r\n", exchange.Close),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    private static async Task WriteThen(RawExchange exchange, string text, Action then)
    {
        await exchange.WriteAsync(text);
        then();
    }
}
