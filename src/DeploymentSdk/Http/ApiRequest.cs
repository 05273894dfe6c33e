using System.Buffers;
using System.Text;

namespace DeploymentSdk.Http;

/// <summary>A request as a provider client describes it, before the pipeline turns it into an <see cref="HttpRequestMessage"/>.</summary>
internal sealed class ApiRequest
{
    // RFC 9110: a field name is a token; a field value is visible ASCII, spaces and tabs (.NET sends no obs-text).
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> HeaderValueChars =
        SearchValues.Create("\t !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private List<KeyValuePair<string, string>>? _query;
    private List<KeyValuePair<string, string>>? _headers;

    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the client's base address, with every caller-supplied segment escaped by <see cref="PathSegment"/>.</param>
    public ApiRequest(HttpMethod method, string path)
    {
        Method = method;
        Path = path.TrimStart('/');
    }

    public HttpMethod Method { get; }

    public string Path { get; }

    public HttpContent? Content { get; set; }

    /// <summary>The operation's name for spans and metrics, e.g. <c>nomad.jobs.get</c>; set by the pipeline from its caller when null.</summary>
    public string? Operation { get; set; }

    /// <summary>How long the whole exchange (all attempts and the body) may take; <see langword="null"/> uses the client's default.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>A long poll or stream: kept out of retries and resilience timeouts.</summary>
    public bool IsLongPoll { get; set; }

    /// <summary>A write that is safe to send twice (it carries an idempotency token).</summary>
    public bool IsIdempotentWrite { get; set; }

    public IReadOnlyList<KeyValuePair<string, string>> Query => (IReadOnlyList<KeyValuePair<string, string>>?)_query ?? [];

    /// <summary>Adds a query parameter when <paramref name="value"/> is not null or empty.</summary>
    /// <exception cref="ArgumentException">The name or value is not valid UTF-16 (a lone surrogate would be sent as U+FFFD).</exception>
    public ApiRequest AddQuery(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            if (!PathSegment.IsValidUtf16(name) || !PathSegment.IsValidUtf16(value))
            {
                throw new ArgumentException(
                    $"The query parameter '{name}' contains a lone surrogate (it is not valid UTF-16 text); it would be sent as U+FFFD, meaning something else.",
                    name);
            }

            (_query ??= []).Add(new(name, value));
        }

        return this;
    }

    /// <summary>Adds a header when <paramref name="value"/> is not null or empty.</summary>
    /// <exception cref="ArgumentException">
    /// The name is not an HTTP token, or the value holds a character HTTP/1.1 cannot carry: a line break would end the
    /// header early and start another (header injection), other control and non-ASCII characters fail every send.
    /// </exception>
    public ApiRequest AddHeader(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            if (name.Length == 0 || name.AsSpan().IndexOfAnyExcept(TokenChars) >= 0)
            {
                throw new ArgumentException($"'{name}' is not a valid HTTP header name.", name);
            }

            if (value.AsSpan().IndexOfAnyExcept(HeaderValueChars) >= 0)
            {
                throw new ArgumentException(
                    $"The value of the '{name}' header contains a line break, a control character or a non-ASCII character, which HTTP headers cannot carry.",
                    name);
            }

            (_headers ??= []).Add(new(name, value));
        }

        return this;
    }

    /// <summary>The relative URI: the path plus the escaped query string.</summary>
    public string BuildRelativeUri()
    {
        if (_query is null)
        {
            return Path;
        }

        var builder = new StringBuilder(Path);
        var separator = Path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in _query)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }

    /// <summary>The message to send: an <see cref="SdkRequestMessage"/> carrying the retry facts as fields.</summary>
    /// <param name="baseAddress">The API root the path resolves against.</param>
    /// <param name="isFinalAnswer">The provider's final-answer judgement (<see cref="ApiPipelineSettings.IsFinalAnswer"/>), or null.</param>
    public HttpRequestMessage ToHttpRequestMessage(Uri baseAddress, Func<int, string?, bool>? isFinalAnswer = null)
    {
        var safe = Method == HttpMethod.Get || Method == HttpMethod.Head || Method == HttpMethod.Options;
        var message = new SdkRequestMessage(Method, new Uri(baseAddress, BuildRelativeUri()))
        {
            Content = Content,
            IsLongPoll = IsLongPoll,
            IsRetryable = (safe || IsIdempotentWrite) && !IsLongPoll,
            IsFinalAnswer = isFinalAnswer,
        };
        if (_headers is not null)
        {
            foreach (var (name, value) in _headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
