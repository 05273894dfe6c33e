using System.Security.Authentication;
using DeploymentSdk.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DeploymentSdk.Http;

/// <summary>The handler stack every provider's named HttpClient gets.</summary>
internal static class SdkHttpClientBuilderExtensions
{
    /// <summary>Retries at most this many times after the first attempt.</summary>
    public const int MaxRetryAttempts = 3;

    /// <summary>A server asking for a longer wait than this is not retried: the caller gets the rate-limited error.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Configures the SDK's pipeline on <paramref name="builder"/>: no <see cref="HttpClient.Timeout"/> (each request
    /// carries its own), the SDK's retry handler (which also follows redirects hop by hop) in place of any resilience handler the host added to every client,
    /// redirects followed hop by hop, the credential added by <paramref name="credentialHandler"/>, and credential
    /// headers redacted from IHttpClientFactory's logs.
    /// </summary>
    public static IHttpClientBuilder AddSdkPipeline(
        this IHttpClientBuilder builder,
        Func<IServiceProvider, HttpMessageHandler> primaryHandler,
        Func<IServiceProvider, DelegatingHandler> credentialHandler,
        params string[] sensitiveHeaders) =>
        builder.AddSdkPipeline(primaryHandler, credentialHandler, telemetry: null);

    /// <summary>
    /// Configures the SDK's pipeline as <see cref="AddSdkPipeline(IHttpClientBuilder, Func{IServiceProvider, HttpMessageHandler}, Func{IServiceProvider, DelegatingHandler}, string[])"/>,
    /// counting retries on the provider's meter and logging a retry under the provider's category.
    /// </summary>
    /// <remarks>
    /// IHttpClientFactory's request logs show header values only for the harmless headers in <see cref="LoggedHeaders"/>:
    /// every other value (a credential, or a token a server echoes in a header of any name) is redacted.
    /// </remarks>
    public static IHttpClientBuilder AddSdkPipeline(
        this IHttpClientBuilder builder,
        Func<IServiceProvider, HttpMessageHandler> primaryHandler,
        Func<IServiceProvider, DelegatingHandler> credentialHandler,
        ApiTelemetry? telemetry)
    {
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        // A host-wide AddStandardResilienceHandler (ConfigureHttpClientDefaults, as Aspire does) would cut long polls
        // at 10 s and retry POSTs; the SDK replaces it with a handler that knows which requests are safe to repeat.
#pragma warning disable EXTEXP0001 // Experimental in Microsoft.Extensions.Http.Resilience; pinned centrally and covered by a test.
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.AddHttpMessageHandler(sp =>
        {
            var logger = telemetry is null ? null : sp.GetService<ILoggerFactory>()?.CreateLogger(telemetry.Source.Name);
            // The host's TimeProvider, as AddResilienceHandler would use (tests scale time with it).
            var retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System };
            ConfigureRetry(retry, telemetry, logger);
            return new SdkRetryHandler(retry.Build());
        });

        builder.AddHttpMessageHandler(credentialHandler);

        // IHttpClientFactory's default logger keeps raw header values in its structured state, and its handler costs a
        // state machine per request even when nothing is logged; the SDK's logs no header and passes through when off.
        var category = (telemetry?.Source.Name ?? "DeploymentSdk") + ".Http";
        builder.RemoveAllLoggers();
        builder.AddHttpMessageHandler(sp => new SdkHttpLoggingHandler(
            sp.GetService<ILoggerFactory>()?.CreateLogger(category) ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        builder.ConfigurePrimaryHttpMessageHandler(primaryHandler);

        builder.RedactLoggedHeaders(header => !LoggedHeaders.Contains(header));
        return builder;
    }

    /// <summary>The headers whose values IHttpClientFactory's logs may show; every other value is redacted.</summary>
    public static readonly IReadOnlySet<string> LoggedHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Accept-Encoding", "Content-Type", "Content-Length", "Content-Encoding", "Date", "Retry-After",
        "X-Nomad-Index", "X-Nomad-KnownLeader", "X-Nomad-LastContact", "X-Nomad-NextToken", "X-RateLimit-Limit",
        "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Vcap-Request-Id",
    };

    /// <summary>
    /// Transient failures (connection errors, 408, 429, 5xx) of requests that are safe to repeat are retried up to
    /// <see cref="MaxRetryAttempts"/> times with exponential backoff and jitter, honouring <c>Retry-After</c> up to
    /// <see cref="MaxRetryAfter"/>. Long polls and non-idempotent writes are never retried, nor an answer the provider
    /// calls final (<see cref="ApiPipelineSettings.IsFinalAnswer"/>).
    /// </summary>
    /// <remarks>
    /// <para>The handler judges an answer when its headers arrive. The body is streamed into the JSON reader afterwards,
    /// outside it, so a body that breaks mid-way (reset, truncated, malformed chunk) fails the call as
    /// <see cref="ApiErrorKind.Transport"/> without a retry; buffering bodies inside the handler would cost the streaming.</para>
    /// <para>Below this handler, SocketsHttpHandler itself sends a request without a body again (up to 3 times) when its
    /// connection closes before any byte of the answer, so a server can see up to 4 sends of a read per attempt here.
    /// It never does so for a request with a body, so writes stay at one send per attempt.</para>
    /// </remarks>
    internal static void ConfigureRetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline) =>
        ConfigureRetry(pipeline, null, null);

    internal static void ConfigureRetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ApiTelemetry? telemetry, ILogger? logger) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldRetryAfterHeader = true,
            ShouldHandle = static args => ShouldRetryAsync(args.Context, args.Outcome),
            OnRetry = args =>
            {
                if (telemetry is { Retries.Enabled: true })
                {
                    telemetry.Retries.Add(1, new KeyValuePair<string, object?>("deploymentsdk.system", telemetry.System));
                }

                if (logger is not null && logger.IsEnabled(LogLevel.Warning) && args.Context.GetRequestMessage() is { } request)
                {
                    var outcome = args.Outcome.Result is { } answer ? ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    SdkLog.Retrying(logger, telemetry!.System, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, outcome, args.AttemptNumber + 1, args.RetryDelay);
                }

                return default;
            },
        });

    private static async ValueTask<bool> ShouldRetryAsync(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (context.GetRequestMessage() is not { } request || !RequestFlags.IsRetryable(request))
        {
            return false;
        }

        if (outcome.Result is { } result && ApiPipeline.RetryAfterOf(result.Headers) > MaxRetryAfter)
        {
            return false;
        }

        // A rejected certificate stays rejected; retrying only delays the error by seconds.
        if (outcome.Exception is HttpRequestException { InnerException: AuthenticationException })
        {
            return false;
        }

        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        // The provider may know from the body that asking again cannot help (a failed check-and-set) or costs quota.
        if (outcome.Result is { } answer && RequestFlags.IsFinalAnswer(request) is { } isFinalAnswer)
        {
            var body = await ApiPipeline.PeekErrorBodyAsync(answer, context.CancellationToken).ConfigureAwait(false);
            return !isFinalAnswer((int)answer.StatusCode, body);
        }

        return true;
    }
}
