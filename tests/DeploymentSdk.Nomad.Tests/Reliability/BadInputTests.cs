using System.Text;
using DeploymentSdk.Http;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// Hostile IDs, names and query values either reach the intended path escaped, or are refused with an
/// <see cref="ArgumentException"/> naming the parameter before anything is sent; never a request to another path.
/// The request target is checked as it arrived on a raw socket (the bytes of the request line, not a decoded path).
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string> HostileIds =>
    [
        // slashes
        "a/b", "/leading", "trailing/", "//", "a//b", "example/dispatch-1485408778-81644024",
        // dot segments and look-alikes
        "../v1/acl/tokens", "x/..", "../..", "...", ". ", " ..", "..%2F", "%2e%2e", "%2E%2E%2Fv1", "..\\", "a\\..\\b",
        "\uFF0E\uFF0E", "\u2024\u2024",
        // percent, query and fragment characters
        "%", "%2F", "%00", "100%", "%%41", "?", "a?b=c", "?index=1&wait=1s", "#", "a#b", "#/../x", "a&b=c", "a;b", "a+b",
        // spaces
        " a", "a b", "a\tb", "\u200B", "\u00A0a",
        // unicode
        "jöb", "日本語", "deploy-\U0001F680", "e\u0301", "\u202Eevil", "\uFEFFbom", "\uFF0F", "\u2215", "\u0130",
        // control characters and header-injection attempts
        "\u0000", "a\u0001b", "a\r\nHost: evil.example", "\r\n\r\nGET /v1/acl/tokens HTTP/1.1", "\u007F", "a\u0085b", "a\u2028b",
        // other reserved or odd characters
        "a@b:c", "[::1]", "{x}", "a|b", "a`b", "a'b\"c", "<script>", "~user", "*", "$(id)",
    ];

    public static TheoryData<string, string> LongIds => new()
    {
        { "10,000 x 'a'", new string('a', 10_000) },
        { "10,000 x '/'", new string('/', 10_000) },
        { "3,334 x '../'", string.Concat(Enumerable.Repeat("../", 3_334)) },
        { "10,000 x '%'", new string('%', 10_000) },
        { "10,000 x U+0001", new string('\u0001', 10_000) },
        { "10,000 x '日'", new string('日', 10_000) },
        { "5,000 x U+1F680 (10,000 UTF-16 units)", string.Concat(Enumerable.Repeat("\U0001F680", 5_000)) },
    };

    public static TheoryData<string> Refused => ["", " ", "\t", "\r\n", " \n ", "\u3000", "\u2028", ".", ".."];

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task A_hostile_id_reaches_the_intended_path_escaped(string id) => await AssertDeliveredAsync(id);

    [Theory]
    [MemberData(nameof(LongIds))]
    public async Task A_10000_character_id_reaches_the_intended_path_escaped(string what, string id)
    {
        _ = what;
        await AssertDeliveredAsync(id);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_id_that_would_change_the_path_is_refused_naming_the_parameter(string id)
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.ReadAsync("v1/job/" + PathSegment.Escape(id, "jobId")));

        Assert.Equal("jobId", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_null_id_is_refused_naming_the_parameter()
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url);

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => client.ReadAsync("v1/job/" + PathSegment.Escape(null!, "jobId")));

        Assert.Equal("jobId", error.ParamName);
        Assert.Empty(server.Requests);
    }

    // char[], not string: the compiler stores attribute strings as UTF-8, which would turn a lone surrogate into U+FFFD.
    [Theory]
    [InlineData(new[] { 'w', 'e', 'b', '\uD800' })]
    [InlineData(new[] { '\uDC00', 'w', 'e', 'b' })]
    [InlineData(new[] { '\uDE80', '\uD83D' })]
    public async Task An_id_with_a_lone_surrogate_is_refused_instead_of_sent_as_another_name(char[] chars)
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.ReadAsync("v1/job/" + PathSegment.Escape(new string(chars), "jobId")));

        Assert.Equal("jobId", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task A_hostile_query_value_stays_one_parameter_with_its_exact_value(string value) => await AssertQueryAsync(value);

    [Theory]
    [MemberData(nameof(LongIds))]
    public async Task A_10000_character_query_value_stays_one_parameter_with_its_exact_value(string what, string value)
    {
        _ = what;
        await AssertQueryAsync(value);
    }

    [Fact]
    public async Task A_query_value_with_a_lone_surrogate_is_refused_before_sending()
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Nomad.Jobs.ListAsync(new JobListOptions { Prefix = "web\uD800" }).ToListAsync().AsTask());

        Assert.Equal("prefix", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nX-Injected: 1")]
    [InlineData("a\0b")]
    [InlineData("tök")]
    public async Task A_header_value_that_would_break_the_request_is_refused_before_sending(string value)
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url);
        var query = new JobListOptions { Headers = { ["X-Custom"] = value } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Nomad.Jobs.ListAsync(query).ToListAsync().AsTask());

        Assert.Equal("X-Custom", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_namespace_and_region_from_options_are_escaped_too()
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url, o =>
        {
            o.Namespace = "apps&namespace=*";
            o.Region = "eu/west#1";
        });

        await client.Nomad.Jobs.ListAsync().ToListAsync();

        var query = QueryOf(Assert.Single(server.Requests).Target);
        Assert.Equal(["apps&namespace=*"], query["namespace"]);
        Assert.Equal(["eu/west#1"], query["region"]);
    }

    private static async Task AssertDeliveredAsync(string id)
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url);

        await client.ReadAsync("v1/job/" + PathSegment.Escape(id, "jobId"));

        var target = Assert.Single(server.Requests).Target;
        Assert.Equal("/v1/job/" + Rfc3986Escape(id), target);
        var segment = target["/v1/job/".Length..];
        Assert.True(segment.IndexOfAny(['/', '?', '#', '\\', ' ']) < 0, $"the segment leaks a separator: {segment}");
        Assert.Equal(id, Uri.UnescapeDataString(segment));
    }

    private static async Task AssertQueryAsync(string value)
    {
        using var server = RawHttpServer.Answering("[]");
        using var client = ReliabilityClient.Create(server.Url);
        var options = new JobListOptions
        {
            Namespace = value,
            Region = value,
            Prefix = value,
            Filter = value,
            NextToken = value,
            Parameters = { ["meta"] = value },
        };

        await client.Nomad.Jobs.ListAsync(options).AsPages().FirstAsync();

        var target = Assert.Single(server.Requests).Target;
        Assert.StartsWith("/v1/jobs?", target, StringComparison.Ordinal);
        var query = QueryOf(target);
        Assert.Equal(["filter", "meta", "namespace", "next_token", "prefix", "region"], query.Keys.Order(StringComparer.Ordinal));
        Assert.All(query.Values, values => Assert.Equal([value], values));
    }

    /// <summary>The query string split on its own separators only: a value that leaked one would show up as another key.</summary>
    private static Dictionary<string, List<string>> QueryOf(string target)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in target[(target.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(pair[..equals]);
            (result.TryGetValue(name, out var values) ? values : result[name] = []).Add(Uri.UnescapeDataString(pair[(equals + 1)..]));
        }

        return result;
    }

    /// <summary>RFC 3986 percent-encoding of everything but the unreserved characters, written independently of the SDK.</summary>
    private static string Rfc3986Escape(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
