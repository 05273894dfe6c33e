using System.Security.Authentication;
using Microsoft.Extensions.DependencyInjection;
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
    /// carries its own), the SDK's retry handler in place of any resilience handler the host added to every client,
    /// redirects followed hop by hop, the credential added by <paramref name="credentialHandler"/>, and credential
    /// headers redacted from IHttpClientFactory's logs.
    /// </summary>
    public static IHttpClientBuilder AddSdkPipeline(
        this IHttpClientBuilder builder,
        Func<IServiceProvider, HttpMessageHandler> primaryHandler,
        Func<IServiceProvider, DelegatingHandler> credentialHandler,
        params string[] sensitiveHeaders)
    {
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        // A host-wide AddStandardResilienceHandler (ConfigureHttpClientDefaults, as Aspire does) would cut long polls
        // at 10 s and retry POSTs; the SDK replaces it with a handler that knows which requests are safe to repeat.
#pragma warning disable EXTEXP0001 // Experimental in Microsoft.Extensions.Http.Resilience; pinned centrally and covered by a test.
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.AddResilienceHandler("DeploymentSdk", ConfigureRetry);

        builder.AddHttpMessageHandler(() => new RedirectHandler());
        builder.AddHttpMessageHandler(credentialHandler);
        builder.ConfigurePrimaryHttpMessageHandler(primaryHandler);

        var redacted = new HashSet<string>(sensitiveHeaders, StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
        };
        builder.RedactLoggedHeaders(redacted.Contains);
        return builder;
    }

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
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldRetryAfterHeader = true,
            ShouldHandle = static args => ShouldRetryAsync(args.Context, args.Outcome),
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
        if (outcome.Result is { } answer && request.Options.TryGetValue(RequestFlags.FinalAnswer, out var isFinalAnswer))
        {
            var body = await ApiPipeline.PeekErrorBodyAsync(answer, context.CancellationToken).ConfigureAwait(false);
            return !isFinalAnswer((int)answer.StatusCode, body);
        }

        return true;
    }
}
