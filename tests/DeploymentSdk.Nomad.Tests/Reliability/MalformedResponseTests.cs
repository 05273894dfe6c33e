using System.IO.Compression;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Settings;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// Answers that are not what the API promises: a typed <see cref="ApiException"/> with a bounded message, a bounded
/// amount read, and no crash or hang.
/// </summary>
public sealed class MalformedResponseTests(ITestOutputHelper output)
{
    private const int MaxMessage = 1024;

    public static TheoryData<string, string> BadBodies => new()
    {
        { "truncated JSON", """[{"ID":"web","Na""" },
        { "object instead of a list", """{"ID":"web"}""" },
        { "number for a string", """[{"ID":5}]""" },
        { "string for a number", """[{"CreateIndex":"7"}]""" },
        { "negative index", """[{"CreateIndex":-1}]""" },
        { "fractional index", """[{"CreateIndex":1.5}]""" },
        { "index past 2^64", """[{"CreateIndex":18446744073709551616}]""" },
        { "bare string", "\"not a list\"" },
        { "bare number", "42" },
        { "NaN literal", "[NaN]" },
        { "trailing garbage", """[{"ID":"web"}] and more""" },
        { "two documents", "[][]" },
        { "single quotes", "[{'ID':'web'}]" },
        { "comment", """[/* c */{"ID":"web"}]""" },
        { "HTML error page from a proxy", "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>" },
        { "empty body", string.Empty },
        { "whitespace only", "   \r\n  " },
        { "100,000 levels of nesting in an unknown field", "[{\"Meta\":" + new string('[', 100_000) + new string(']', 100_000) + "}]" },
        { "a 1 MB bare word", "[{\"ID\":" + new string('x', 1_000_000) + "}]" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_200_with_a_body_that_is_not_the_model_is_an_invalid_response(string what, string body)
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
        using var client = ReliabilityClient.Create(server.Url);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Equal(200, error.Status);
        Assert.Equal("/v1/jobs", error.RequestPath);
        Assert.InRange(error.Message.Length, 1, MaxMessage);
        Assert.Single(server.Requests);
        output.WriteLine($"{what}: {error.Message}");
    }

    [Fact]
    public async Task Invalid_utf8_in_a_string_is_an_invalid_response()
    {
        using var raw = new RawHttpServer(e => e.WriteAsync([.. "HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\n[{\"ID\":\""u8, 0xC3, 0x28, .. "\"}]"u8]));
        using var client = ReliabilityClient.Create(raw.Url);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task WireMock_faults_on_a_200_are_invalid_responses(FaultType fault)
    {
        // WireMock's EMPTY_RESPONSE is a 200 without a body; MALFORMED_RESPONSE_CHUNK is half the body then random bytes.
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs"))
            .RespondWith(Response.Create().WithBody("""[{"ID":"web","Name":"web","Status":"running"}]""").WithFault(fault));
        using var client = ReliabilityClient.Create(server.Url);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.InRange(error.Message.Length, 1, MaxMessage);
    }

    [Fact]
    public async Task A_json_null_list_reads_as_empty_and_a_bom_is_accepted()
    {
        using var server = new RawHttpServer(e => e.Index == 0 ? e.RespondAsync(200, "null") : e.RespondAsync(200, "\uFEFF[{\"ID\":\"web\"}]"));
        using var client = ReliabilityClient.Create(server.Url);

        Assert.Empty(await client.ReadAsync());
        Assert.Equal("web", Assert.Single(await client.ReadAsync()).Id);
    }

    [Fact]
    public async Task An_html_error_page_from_a_proxy_is_a_typed_server_error_with_a_bounded_message()
    {
        var page = "<html><body><h1>502 Bad Gateway</h1>" + new string('x', 200_000) + "</body></html>";
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs"))
            .RespondWith(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody(page));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.StartsWith("<html><body><h1>502 Bad Gateway</h1>", error.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.Equal(ApiException.MaxExcerptLength + 1, error.ResponseBodyExcerpt!.Length);
        Assert.InRange(error.Message.Length, 1, MaxMessage);
    }

    [Fact]
    public async Task A_declared_length_over_the_cap_fails_before_reading_the_body()
    {
        using var server = new RawHttpServer(async e =>
        {
            await e.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 10000000000\r\n\r\n[");
            await e.HangAsync();
        });
        using var client = ReliabilityClient.Create(server.Url, o => o.MaxResponseBytes = 1024 * 1024);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("1,048,576-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endless_body_is_cut_at_the_cap()
    {
        // A JSON array that never ends, without a length: only the cap stops the read.
        using var server = new RawHttpServer(async e =>
        {
            await e.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
            var item = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("""{"ID":"web","Name":"web"},""", 2000)));
            while (!e.Stopping.IsCancellationRequested)
            {
                await e.WriteAsync(item);
            }
        });
        using var client = ReliabilityClient.Create(server.Url, o => o.MaxResponseBytes = 1024 * 1024);

        var (error, elapsed) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("1,048,576-byte limit", error.Message, StringComparison.Ordinal);
        await Task.Delay(200);
        output.WriteLine($"endless body, 1 MiB cap: failed after {elapsed.TotalMilliseconds:0} ms; the server got {server.BytesSent / 1024.0 / 1024.0:0.0} MiB out before the client closed");
        Assert.InRange(server.BytesSent, 1024 * 1024, 64L * 1024 * 1024);
    }

    [Fact]
    public async Task A_compressed_body_that_inflates_past_the_cap_is_cut_at_the_cap()
    {
        // A gzip bomb: about 100 KB on the wire inflating to 100 MB of JSON; the cap counts inflated bytes.
        using var server = new RawHttpServer(async e =>
        {
            using var compressed = new MemoryStream();
            await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write("["u8);
                var item = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("""{"ID":"web"},""", 10_000)));
                for (var written = 0L; written < 100_000_000; written += item.Length)
                {
                    gzip.Write(item);
                }
            }

            await e.WriteAsync($"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: {compressed.Length}\r\n\r\n");
            await e.WriteAsync(compressed.ToArray());
        });
        using var client = ReliabilityClient.Create(server.Url, o => o.MaxResponseBytes = 1024 * 1024);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("1,048,576-byte limit", error.Message, StringComparison.Ordinal);
        output.WriteLine($"gzip bomb: {server.BytesSent / 1024.0:0} KiB on the wire, stopped at the 1 MiB inflated cap");
    }

    [Fact]
    public async Task An_endless_error_body_gives_a_bounded_excerpt()
    {
        using var server = new RawHttpServer(async e =>
        {
            await e.WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
            var chunk = Encoding.ASCII.GetBytes(new string('e', 64 * 1024));
            while (!e.Stopping.IsCancellationRequested)
            {
                await e.WriteAsync(chunk);
            }
        });
        using var client = ReliabilityClient.Create(server.Url);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.BadRequest, error.Kind);
        Assert.Equal(ApiException.MaxExcerptLength + 1, error.ResponseBodyExcerpt!.Length);
        Assert.InRange(error.Message.Length, 1, MaxMessage);
    }
}
