using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Http;

namespace DeploymentSdk.Nomad.Http;

/// <summary>
/// The Nomad side of the shared pipeline: query and write options to parameters, blocking-query timeouts,
/// <see cref="NomadQueryMeta"/> from headers, plain-text errors to <see cref="NomadApiException"/>, and paging.
/// </summary>
internal sealed class NomadPipeline
{
    /// <summary>Nomad's default wait for a blocking query that names no wait.</summary>
    public static readonly TimeSpan DefaultBlockingWait = TimeSpan.FromMinutes(5);

    /// <summary>The last blocking wait formatted by <see cref="WaitText"/>.</summary>
    private static FormattedWait? _lastWait;

    private readonly ApiPipeline _pipeline;

    /// <summary>The Nomad declaration of the core pipeline: base address, final answers, errors, redaction and telemetry.</summary>
    /// <param name="httpClient">The registration's client (also handed out for WebSocket upgrades).</param>
    /// <param name="options">The registration's options.</param>
    /// <param name="handler">The registration's handler chain, sent to directly when the client adds nothing (see <see cref="ApiPipeline"/>); null: through the client.</param>
    public NomadPipeline(HttpClient httpClient, NomadClientOptions options, HttpMessageHandler? handler = null)
    {
        Options = options;
        HttpClient = httpClient;
        var address = NomadAddress.Parse(options.Address);
        options.Redactor.Add(options.Token);
        _pipeline = new ApiPipeline(
            httpClient,
            new ApiPipelineSettings("Nomad", address.BaseAddress, options.RequestTimeout, options.MaxResponseBytes)
            {
                // A stale check-and-set stays stale: repeating it (a write with an idempotency token) only adds load.
                IsFinalAnswer = static (_, body) => body is not null && IsCheckAndSetFailure(body),
                Redactor = options.Redactor,
                CreateFailure = static failure => new NomadApiException(
                    failure.Message, failure.Kind, failure.Status, failure.Method, failure.Path, null, innerException: failure.InnerException),
                Telemetry = NomadTelemetry.Instance,
            },
            static error => CreateError(error),
            handler);
    }

    public NomadClientOptions Options { get; }

    /// <summary>The registration's logger (from <c>ILoggerFactory</c>), for watch and stream events; none without DI logging.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>
    /// The client with the whole handler chain (credentials, redirects, the primary handler's TLS and unix socket), for a
    /// WebSocket's upgrade request (exec, job actions), which the JSON pipeline cannot carry.
    /// </summary>
    public HttpClient HttpClient { get; }

    /// <summary>A GET with query options; a JSON <c>null</c> body becomes <paramref name="whenNull"/> (or an error if none).</summary>
    public Task<NomadResponse<T>> QueryAsync<T>(
        string path,
        NomadQueryOptions? query,
        JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken,
        Action<ApiRequest>? configure = null,
        Func<T>? whenNull = null,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        try
        {
            var request = new ApiRequest(HttpMethod.Get, path);
            ApplyQuery(request, query);
            configure?.Invoke(request);
            return _pipeline.SendAsync(request, typeInfo, Answer<T>.Project, whenNull, cancellationToken, callerMember, callerFile);
        }
        catch (Exception e)
        {
            // As from an async method: a bad option faults the task rather than throwing from the call.
            return Task.FromException<NomadResponse<T>>(e);
        }
    }

    /// <summary>A write with an optional JSON body; the answer is read as <typeparamref name="TResult"/>.</summary>
    public async Task<NomadResponse<TResult>> WriteAsync<TBody, TResult>(
        HttpMethod method,
        string path,
        TBody? body,
        JsonTypeInfo<TBody>? bodyTypeInfo,
        JsonTypeInfo<TResult> resultTypeInfo,
        NomadWriteOptions? write,
        CancellationToken cancellationToken,
        Action<ApiRequest>? configure = null,
        Func<TResult>? whenNull = null,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        var request = WriteRequest(method, path, body, bodyTypeInfo, write, configure);
        _pipeline.NameOperation(request, callerFile, callerMember);
        var response = await _pipeline.SendAsync(request, resultTypeInfo, cancellationToken).ConfigureAwait(false);
        var value = response.Value ?? (whenNull is not null ? whenNull() : throw NullBody(request));
        return new NomadResponse<TResult>(value, ReadMeta(response.Headers));
    }

    /// <summary>A write whose answer body is ignored; returns the metadata.</summary>
    public async Task<NomadQueryMeta> WriteAsync<TBody>(
        HttpMethod method,
        string path,
        TBody? body,
        JsonTypeInfo<TBody>? bodyTypeInfo,
        NomadWriteOptions? write,
        CancellationToken cancellationToken,
        Action<ApiRequest>? configure = null,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        var request = WriteRequest(method, path, body, bodyTypeInfo, write, configure);
        _pipeline.NameOperation(request, callerFile, callerMember);
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadMeta(response.Headers);
    }

    private ApiRequest WriteRequest<TBody>(HttpMethod method, string path, TBody? body, JsonTypeInfo<TBody>? bodyTypeInfo, NomadWriteOptions? write, Action<ApiRequest>? configure)
    {
        var request = new ApiRequest(method, path);
        if (body is not null && bodyTypeInfo is not null)
        {
            request.Content = JsonBody(body, bodyTypeInfo);
        }

        ApplyWrite(request, write);
        configure?.Invoke(request);
        return request;
    }

    /// <summary>
    /// Sends a streaming request (the event stream) and hands back the open response, which the caller reads and
    /// disposes. Only the wait for headers is bounded; the request should be marked <see cref="ApiRequest.IsLongPoll"/>.
    /// </summary>
    public Task<HttpResponseMessage> OpenStreamAsync(
        ApiRequest request,
        CancellationToken cancellationToken,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null) =>
        _pipeline.OpenStreamAsync(request, cancellationToken, callerMember, callerFile);

    /// <summary>
    /// A list Nomad pages with <c>per_page</c> and <c>next_token</c>: one request per page, lazily, with the same
    /// filters on every page. Without a page size Nomad answers everything in one page.
    /// </summary>
    public AsyncPageable<T> Paginate<T>(
        string path,
        NomadQueryOptions? query,
        JsonTypeInfo<List<T>> typeInfo,
        CancellationToken cancellationToken,
        Action<ApiRequest>? configure = null,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        if (query?.PerPage is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.PerPage, "NomadQueryOptions.PerPage must be greater than zero.");
        }

        // One object per list (no closure or delegate); each page applies the caller's options with the page's token and
        // size over them, without copying the options.
        return AsyncPageable<T>.Create(
            new PageQuery<T>(this, path, query, typeInfo, configure, callerMember, callerFile),
            static (list, token, pageSize, enumerationToken) => list.Pipeline.FetchPageAsync(list, token, pageSize, enumerationToken),
            cancellationToken);
    }

    private ValueTask<Page<T>> FetchPageAsync<T>(in PageQuery<T> list, string? nextToken, int? perPage, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(HttpMethod.Get, list.Path);
        ApplyQuery(request, list.Query, nextToken, perPage);
        list.Configure?.Invoke(request);
        return new ValueTask<Page<T>>(
            _pipeline.SendAsync(request, list.TypeInfo, PageAnswer<T>.Project, null, cancellationToken, list.CallerMember, list.CallerFile));
    }

    /// <summary>How long a blocking query may take end to end: its wait, Nomad's wait/16 jitter, and the normal timeout on top.</summary>
    public TimeSpan BlockingTimeout(TimeSpan? wait)
    {
        var used = wait ?? DefaultBlockingWait;
        return Options.RequestTimeout == Timeout.InfiniteTimeSpan
            ? Timeout.InfiniteTimeSpan
            : used + (used / 16) + Options.RequestTimeout;
    }

    public void ApplyQuery(ApiRequest request, NomadQueryOptions? query) => ApplyQuery(request, query, null, null);

    /// <summary>Applies <paramref name="query"/>, with a page's token and size (when not null) in place of its own.</summary>
    private void ApplyQuery(ApiRequest request, NomadQueryOptions? query, string? nextToken, int? perPage)
    {
        request.AddQuery("region", query?.Region ?? Options.Region);
        request.AddQuery("namespace", query?.Namespace ?? Options.Namespace);
        if (query is null)
        {
            request.AddQuery("per_page", perPage?.ToString(CultureInfo.InvariantCulture));
            request.AddQuery("next_token", nextToken);
            return;
        }

        if (query.AllowStale)
        {
            request.AddQuery("stale", "true");
        }

        if (query.WaitIndex is { } index && index > 0)
        {
            request.AddQuery("index", index.ToString(CultureInfo.InvariantCulture));
            request.IsLongPoll = true;
            request.Timeout = BlockingTimeout(query.WaitTime);
        }

        if (query.WaitTime is { } wait)
        {
            request.AddQuery("wait", WaitText(wait));
        }

        request.AddQuery("prefix", query.Prefix);
        request.AddQuery("filter", query.Filter);
        request.AddQuery("per_page", (perPage ?? query.PerPage)?.ToString(CultureInfo.InvariantCulture));
        request.AddQuery("next_token", nextToken ?? query.NextToken);
        if (query.Reverse)
        {
            request.AddQuery("reverse", "true");
        }

        // Counted first: enumerating an empty IDictionary would still allocate its enumerator.
        if (query.Parameters.Count > 0)
        {
            foreach (var (name, value) in query.Parameters)
            {
                request.AddQuery(name, value);
            }
        }

        if (query.Headers.Count > 0)
        {
            foreach (var (name, value) in query.Headers)
            {
                request.AddHeader(name, value);
            }
        }
    }

    /// <summary>
    /// A blocking query's wait as Nomad parses it (a Go duration; a bare number is rejected), e.g. <c>300000ms</c>. A watch
    /// sends the same wait on every poll, so the last text is kept (one entry, for all pipelines) instead of formatted again.
    /// </summary>
    internal static string WaitText(TimeSpan wait)
    {
        if (_lastWait is { } last && last.Wait == wait)
        {
            return last.Text;
        }

        var text = ((long)Math.Ceiling(wait.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + "ms";
        _lastWait = new FormattedWait(wait, text);
        return text;
    }

    public void ApplyWrite(ApiRequest request, NomadWriteOptions? write)
    {
        request.AddQuery("region", write?.Region ?? Options.Region);
        request.AddQuery("namespace", write?.Namespace ?? Options.Namespace);
        if (write?.IdempotencyToken is { Length: > 0 } token)
        {
            request.AddQuery("idempotency_token", token);
            request.IsIdempotentWrite = true;
        }
    }

    public static HttpContent JsonBody<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        // Bytes, not a lazy stream: the content can be sent again by a retry or a redirect.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    internal static NomadQueryMeta ReadMeta(HttpResponseHeaders headers)
    {
        var index = ulong.TryParse(First(headers, "X-Nomad-Index"), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0;
        var lastContact = long.TryParse(First(headers, "X-Nomad-LastContact"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.Zero;
        var knownLeader = string.Equals(First(headers, "X-Nomad-KnownLeader"), "true", StringComparison.OrdinalIgnoreCase);
        var nextToken = First(headers, "X-Nomad-NextToken");
        return new NomadQueryMeta(index, lastContact, knownLeader, string.IsNullOrEmpty(nextToken) ? null : nextToken);
    }

    /// <summary>Nomad's plain-text error to <see cref="NomadApiException"/>; the core has already removed every credential from the body.</summary>
    internal static NomadApiException CreateError(ApiErrorResponse error, string? token = null)
    {
        var text = new SecretRedactor(token).Redact(error.Body?.Trim());
        var kind = ApiException.KindFromStatus(error.Status);
        if (text is not null && IsCheckAndSetFailure(text))
        {
            kind = ApiErrorKind.Conflict;
        }

        return new NomadApiException(
            error.DescribeWith("Nomad", text),
            kind,
            error.Status,
            error.Method,
            error.Path,
            text,
            ReadMeta(error.Headers),
            error.RetryAfter);
    }

    // Nomad answers a failed check-and-set with a 500 and text: a stale JobModifyIndex on register ("Enforcing job
    // modify index 5: job exists with conflicting job modify index: 7") or a stale EnforcePriorVersion on revert
    // ("Current job has version 3; enforcing version 2").
    /// <summary>
    /// Whether Nomad rejected the token itself (so a new one may help): any 401, or a 403 saying the token expired or is
    /// unknown. A 403 "Permission denied" for a valid token lacking a capability is not: a new token would be refused too.
    /// </summary>
    internal static bool IsRejectedToken(int status, string? body) =>
        status == 401
        || (status == 403 && body is not null
            && (body.Contains("token expired", StringComparison.OrdinalIgnoreCase)
                || body.Contains("ACL token not found", StringComparison.OrdinalIgnoreCase)));

    internal static bool IsCheckAndSetFailure(string text) =>
        text.Contains("conflicting job modify index", StringComparison.OrdinalIgnoreCase)
        || text.Contains("; enforcing version", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first value of a header as received, without parsing or copying the header's values.</summary>
    private static string? First(HttpResponseHeaders headers, string name)
    {
        if (headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }

    private static ApiException NullBody(ApiRequest request) =>
        new($"Nomad {request.Method} /{request.Path} answered null where an object was expected.", ApiErrorKind.InvalidResponse, 200, request.Method.Method, "/" + request.Path);

    /// <summary>A wait and its text, swapped as one reference so that concurrent readers never see a mixed pair.</summary>
    private sealed record FormattedWait(TimeSpan Wait, string Text);

    /// <summary>What every page of one list is asked with.</summary>
    private readonly record struct PageQuery<T>(
        NomadPipeline Pipeline,
        string Path,
        NomadQueryOptions? Query,
        JsonTypeInfo<List<T>> TypeInfo,
        Action<ApiRequest>? Configure,
        string? CallerMember,
        string? CallerFile);

    /// <summary>An answer as a <see cref="NomadResponse{T}"/>; a JSON <c>null</c> body becomes the state's fallback, or an error.</summary>
    private static class Answer<T>
    {
        public static readonly Func<ApiRequest, ApiResponse<T?>, object?, NomadResponse<T>> Project = static (request, answer, whenNull) =>
            new NomadResponse<T>(answer.Value ?? (whenNull is Func<T> fallback ? fallback() : throw NullBody(request)), ReadMeta(answer.Headers));
    }

    /// <summary>A list answer as a page; a JSON <c>null</c> body is an empty page.</summary>
    private static class PageAnswer<T>
    {
        public static readonly Func<ApiRequest, ApiResponse<List<T>?>, object?, Page<T>> Project = static (_, answer, _) =>
            new NomadPage<T>(answer.Value ?? [], ReadMeta(answer.Headers));
    }
}
