using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DeploymentSdk.Http;

/// <summary>
/// Sends a provider's requests and reads the answers: per-request timeout, streaming JSON with a size cap,
/// and error answers turned into the provider's <see cref="ApiException"/>.
/// </summary>
internal sealed class ApiPipeline
{
    /// <summary>The most characters of a parser's message quoted in an exception message.</summary>
    private const int MaxDetailLength = 512;

    private readonly HttpClient _httpClient;
    private readonly HttpMessageInvoker? _invoker;
    private readonly Func<ApiErrorResponse, ApiException> _createError;

    /// <param name="httpClient">The registration's client.</param>
    /// <param name="settings">What the provider says about itself.</param>
    /// <param name="createError">Builds the provider's exception from an error answer.</param>
    /// <param name="handler">
    /// The registration's handler chain (<c>IHttpMessageHandlerFactory.CreateHandler</c> of the same name), or null. When
    /// given and the client adds nothing of its own to a request (no default headers, no timeout: the SDK sets every
    /// request's), requests go to the chain directly: <see cref="HttpClient"/> would only add a second linked
    /// cancellation source and a state machine per call. A client configured with default headers or a timeout is used as it is.
    /// </param>
    public ApiPipeline(HttpClient httpClient, ApiPipelineSettings settings, Func<ApiErrorResponse, ApiException> createError, HttpMessageHandler? handler = null)
    {
        _httpClient = httpClient;
        Settings = settings;
        _createError = createError;
        if (handler is not null && httpClient.DefaultRequestHeaders.NonValidated.Count == 0 && httpClient.Timeout == Timeout.InfiniteTimeSpan)
        {
            _invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        }
    }

    public ApiPipelineSettings Settings { get; }

    /// <summary>Sends the request and reads the body as <typeparamref name="T"/> (null when the body is JSON <c>null</c>).</summary>
    /// <remarks>The caller's file and method name the operation's span (<c>NomadJobsClient.GetAsync</c> → <c>nomad.jobs.get</c>) unless <see cref="ApiRequest.Operation"/> is set.</remarks>
    public Task<ApiResponse<T?>> SendAsync<T>(
        ApiRequest request,
        JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        NameOperation(request, callerFile, callerMember);
        return SendCoreAsync(request, typeInfo, default, Identity<T>.Project, null, cancellationToken);
    }

    /// <summary>
    /// Sends the request, reads the body as <typeparamref name="T"/> and turns the answer into the provider's result
    /// with <paramref name="project"/> (given the request, the answer and <paramref name="state"/>), in the same
    /// asynchronous operation: a provider's result costs no second state machine. <paramref name="project"/> runs after
    /// the operation's span ended successfully; what it throws faults the returned task.
    /// </summary>
    public Task<TResult> SendAsync<T, TResult>(
        ApiRequest request,
        JsonTypeInfo<T> typeInfo,
        Func<ApiRequest, ApiResponse<T?>, object?, TResult> project,
        object? state,
        CancellationToken cancellationToken,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        NameOperation(request, callerFile, callerMember);
        return SendCoreAsync(request, typeInfo, default, project, state, cancellationToken);
    }

    /// <summary>Sends the request and discards the body.</summary>
    public Task<ApiResponse<bool>> SendAsync(
        ApiRequest request,
        CancellationToken cancellationToken,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        NameOperation(request, callerFile, callerMember);
        return SendCoreAsync<bool, ApiResponse<bool>>(request, null, true, Identity<bool>.Project, null, cancellationToken);
    }

    /// <summary>Names the request's operation after the client method that sends it, when it has no name yet.</summary>
    public void NameOperation(ApiRequest request, string? callerFile, string? callerMember)
    {
        if (request.Operation is null && Settings.Telemetry is { } telemetry)
        {
            request.Operation = telemetry.OperationName(callerFile, callerMember);
        }
    }

    /// <summary>
    /// Sends a request whose body the caller reads as a stream (event streams). Only the wait for headers is
    /// bounded by the timeout; the caller owns and disposes the returned response.
    /// </summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(
        ApiRequest request,
        CancellationToken cancellationToken,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
    {
        NameOperation(request, callerFile, callerMember);
        using var message = CreateMessage(request);
        var timeout = request.Timeout ?? Settings.DefaultTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var telemetry = Settings.Telemetry;
        var activity = telemetry?.StartOperation(request);
        var started = telemetry?.StartTimestamp() ?? 0;
        HttpResponseMessage? response = null;
        try
        {
            try
            {
                response = await SendMessageAsync(message, timeoutSource.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (TranslateSendFailure(e, message, timeout, cancellationToken) is { } translated)
            {
                throw translated;
            }

            if (!response.IsSuccessStatusCode)
            {
                using (response)
                {
                    throw await CreateErrorAsync(message, response, cancellationToken).ConfigureAwait(false);
                }
            }

            // The span covers opening the stream; reading it is the caller's.
            telemetry?.EndOperation(activity, request, started, (int)response.StatusCode, response.Headers, null);
            return response;
        }
        catch (Exception e)
        {
            telemetry?.EndOperation(activity, request, started, (int?)response?.StatusCode ?? 0, null, e);
            throw;
        }
    }

    /// <summary>Sends through the handler chain, returning when the headers arrive (the body is streamed afterwards).</summary>
    private Task<HttpResponseMessage> SendMessageAsync(HttpRequestMessage message, CancellationToken cancellationToken) =>
        _invoker is not null
            ? _invoker.SendAsync(message, cancellationToken)
            : _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    private HttpRequestMessage CreateMessage(ApiRequest request) =>
        request.ToHttpRequestMessage(Settings.BaseAddress, Settings.IsFinalAnswer);

    /// <summary>
    /// One exchange: the request, its timeout and span, and the body read as <typeparamref name="T"/> with
    /// <paramref name="typeInfo"/> (or discarded, answering <paramref name="discarded"/>, when it is null). One state
    /// machine for the whole call: no per-call delegate or closure for the body reader.
    /// </summary>
    private async Task<TResult> SendCoreAsync<T, TResult>(
        ApiRequest request,
        JsonTypeInfo<T>? typeInfo,
        T? discarded,
        Func<ApiRequest, ApiResponse<T?>, object?, TResult> project,
        object? state,
        CancellationToken cancellationToken)
    {
        using var message = CreateMessage(request);
        var timeout = request.Timeout ?? Settings.DefaultTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        var telemetry = Settings.Telemetry;
        var activity = telemetry?.StartOperation(request);
        var started = telemetry?.StartTimestamp() ?? 0;
        var status = 0;
        ApiResponse<T?> answer;
        try
        {
            using var response = await SendMessageAsync(message, timeoutSource.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw await CreateErrorAsync(message, response, timeoutSource.Token).ConfigureAwait(false);
            }

            var value = discarded;
            if (typeInfo is not null)
            {
                var length = response.Content.Headers.ContentLength;
                if (length > Settings.MaxResponseBytes)
                {
                    throw new ResponseTooLargeException(Settings.MaxResponseBytes);
                }

                var body = HasSynchronousStream(response.Content)
                    ? response.Content.ReadAsStream(timeoutSource.Token)
                    : await response.Content.ReadAsStreamAsync(timeoutSource.Token).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    // A declared length within the cap is enforced by the HTTP layer, which reads no byte past it; a body
                    // of unknown length (chunked, or inflated from gzip) is counted as it is read.
                    using var limited = length is null ? new LengthLimitedStream(body, Settings.MaxResponseBytes) : null;
                    try
                    {
                        value = await JsonSerializer.DeserializeAsync(limited ?? body, typeInfo, timeoutSource.Token).ConfigureAwait(false);
                    }
                    catch (JsonException e)
                    {
                        // A converter may quote the server's value in its message; a runaway value must not make a runaway message.
                        throw new InvalidResponseException(
                            $"the body is not valid JSON for {typeof(T).Name} (Content-Type: {response.Content.Headers.ContentType?.MediaType ?? "none"}): {ApiException.Truncate(e.Message, MaxDetailLength)}",
                            (int)response.StatusCode,
                            e);
                    }
                }
            }

            telemetry?.EndOperation(activity, request, started, status, response.Headers, null);
            answer = new ApiResponse<T?>(value, status, response.Headers);
        }
        catch (Exception e) when (TranslateSendFailure(e, message, timeout, cancellationToken) is { } translated)
        {
            telemetry?.EndOperation(activity, request, started, status, null, translated);
            throw translated;
        }
        catch (Exception e) when (telemetry is not null)
        {
            telemetry.EndOperation(activity, request, started, status, null, e);
            throw;
        }

        return project(request, answer, state);
    }

    /// <summary>
    /// Whether the body's stream is taken synchronously: System.Net.Http's own contents (a connection's, an inflating
    /// one, the buffered ones) hand out their stream without I/O, so no task is allocated per call for it; any other
    /// content (a test's or a handler's own) is asked asynchronously, as it may not implement the synchronous read.
    /// </summary>
    private static bool HasSynchronousStream(HttpContent content) =>
        content.GetType().Assembly == typeof(HttpContent).Assembly;

    /// <summary>The projection that keeps the answer as it is.</summary>
    private static class Identity<T>
    {
        public static readonly Func<ApiRequest, ApiResponse<T?>, object?, ApiResponse<T?>> Project = static (_, answer, _) => answer;
    }

    private async Task<ApiException> CreateErrorAsync(HttpRequestMessage message, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await ReadBoundedAsync(response.Content, ApiPipelineSettings.MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);

        // A server, proxy or debug page may echo the request's credential: it is removed before any provider code sees the text.
        var body = bytes.Length == 0 ? null : Settings.Redactor.Redact(Encoding.UTF8.GetString(bytes));
        var error = new ApiErrorResponse(
            (int)response.StatusCode,
            message.Method.Method,
            message.RequestUri?.AbsolutePath ?? string.Empty,
            string.IsNullOrEmpty(body) ? null : body,
            response.Headers,
            RetryAfterOf(response.Headers))
        {
            ReasonPhrase = string.IsNullOrEmpty(response.ReasonPhrase) ? null : Settings.Redactor.Redact(response.ReasonPhrase),
        };
        return _createError(error);
    }

    private Exception? TranslateSendFailure(Exception exception, HttpRequestMessage message, TimeSpan timeout, CancellationToken callerToken)
    {
        var method = message.Method.Method;
        var path = message.RequestUri?.AbsolutePath;
        var what = $"{Settings.ProviderName} {method} {path}";
        var redactor = Settings.Redactor;
        ApiFailure? failure = exception switch
        {
            ApiException => null,
            OperationCanceledException => null,
            InvalidResponseException e => new(
                redactor.Redact($"{what} answered {e.Status}, but {e.Message}")!, ApiErrorKind.InvalidResponse, e.Status, method, path, e.InnerException),
            ResponseTooLargeException e => new(
                $"{what}: {e.Message}", ApiErrorKind.InvalidResponse, 200, method, path, e),
            UnsupportedRedirectException e => new(
                redactor.Redact($"{what}: {e.Message}")!, ApiErrorKind.InvalidResponse, e.Status, method, path, null),
            HttpRequestException e => new(
                redactor.Redact($"{what} failed before an answer was received: {DescribeTransport(e)}")!, ApiErrorKind.Transport, 0, method, path, e),
            IOException e => new(
                redactor.Redact($"{what}: the connection failed while reading the answer: {e.Message}")!, ApiErrorKind.Transport, 0, method, path, e),
            NotSupportedException e => new(
                redactor.Redact($"{what} could not be sent: {e.Message}")!, ApiErrorKind.Transport, 0, method, path, e),
            _ => null,
        };

        if (failure is not null)
        {
            return Settings.CreateFailure?.Invoke(failure) ?? failure.ToApiException();
        }

        return exception switch
        {
            // Report the caller's token, not the linked one, so callers can tell their own cancellation apart.
            OperationCanceledException e when callerToken.IsCancellationRequested =>
                e.CancellationToken == callerToken ? null : new TaskCanceledException(e.Message, e, callerToken),
            OperationCanceledException => new TimeoutException(
                $"{what} did not complete within {timeout.TotalSeconds:0.###} s (the request timeout).", exception),
            _ => null,
        };
    }

    /// <summary>
    /// What went wrong on the way, in the words of the innermost exception that says it: a unix socket that is missing
    /// names its path, rather than .NET's "localhost:80" of the request line.
    /// </summary>
    private static string DescribeTransport(HttpRequestException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is UnixSocketException socket)
            {
                return socket.Message;
            }
        }

        return exception.InnerException is { } cause && !string.IsNullOrEmpty(cause.Message) && !exception.Message.Contains(cause.Message, StringComparison.Ordinal)
            ? $"{exception.Message} ({cause.Message})"
            : exception.Message;
    }

    internal static TimeSpan? RetryAfterOf(HttpResponseHeaders headers)
    {
        if (headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>
    /// Reads the start of an error answer's body (at most <see cref="ApiPipelineSettings.MaxErrorBodyBytes"/>) and puts
    /// it back as buffered content, so the retry handler can judge the answer and the pipeline still builds its exception
    /// from the same text.
    /// </summary>
    /// <returns>The text read, or null when the body is empty.</returns>
    internal static async Task<string?> PeekErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var bytes = await ReadBoundedAsync(original, ApiPipelineSettings.MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
        var buffered = new ByteArrayContent(bytes);
        foreach (var header in original.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content = buffered;
        original.Dispose();
        return bytes.Length == 0 ? null : Encoding.UTF8.GetString(bytes);
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[maxBytes];
        var total = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (total < maxBytes && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The status is the answer; a body cut off mid-way only costs the rest of the excerpt.
        }

        return buffer.AsSpan(0, total).ToArray();
    }

    /// <summary>A body that did not parse; carries the status so the final message can name it.</summary>
    private sealed class InvalidResponseException(string message, int status, Exception inner) : Exception(message, inner)
    {
        public int Status { get; } = status;
    }
}
