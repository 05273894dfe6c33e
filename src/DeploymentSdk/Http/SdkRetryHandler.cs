using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DeploymentSdk.Http;

/// <summary>
/// The SDK's retry and redirects, as one handler: each attempt follows redirects hop by hop (<see cref="RedirectFollower"/>),
/// a request that may not be repeated (a long poll, a write without an idempotency token) is sent once, and a
/// repeatable one enters the retry strategy only when its first answer is a failure the strategy may retry. Most calls
/// therefore pay one await here and nothing for the retry or redirect machinery; a call that is retried gets exactly the
/// attempts, delays, Retry-After handling and final-answer rules of <see cref="SdkHttpClientBuilderExtensions.ConfigureRetry(ResiliencePipelineBuilder{HttpResponseMessage})"/>.
/// </summary>
internal sealed class SdkRetryHandler(ResiliencePipeline<HttpResponseMessage> retry) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        RequestFlags.IsRetryable(request) ? SendRepeatableAsync(request, cancellationToken) : SendOnceAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendRepeatableAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Outcome<HttpResponseMessage> first;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (RedirectFollower.IsRedirect(response))
            {
                response = await RedirectFollower.FollowAsync(SendHopAsync, request, response, cancellationToken).ConfigureAwait(false);
            }

            if (!HttpClientResiliencePredicates.IsTransient(Outcome.FromResult(response)))
            {
                return response;
            }

            first = Outcome.FromResult(response);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            first = Outcome.FromException<HttpResponseMessage>(e);
        }

        // The first answer becomes the strategy's first attempt, so the number of sends and the delays are unchanged.
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.SetRequestMessage(request);
        try
        {
            var attempt = new Attempt(this, request, first);
            var outcome = await retry.ExecuteOutcomeAsync(
                static (context, attempt) => attempt.NextAsync(context.CancellationToken),
                context,
                attempt).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt: the request, and its redirects when the answer is one.</summary>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return RedirectFollower.IsRedirect(response)
            ? await RedirectFollower.FollowAsync(SendHopAsync, request, response, cancellationToken).ConfigureAwait(false)
            : response;
    }

    private Task<HttpResponseMessage> SendHopAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    /// <summary>Hands out the first outcome once, then sends the request again (following redirects) for every further attempt.</summary>
    private sealed class Attempt(SdkRetryHandler handler, HttpRequestMessage request, Outcome<HttpResponseMessage>? first)
    {
        private Outcome<HttpResponseMessage>? _first = first;

        public async ValueTask<Outcome<HttpResponseMessage>> NextAsync(CancellationToken cancellationToken)
        {
            if (_first is { } outcome)
            {
                _first = null;
                return outcome;
            }

            try
            {
                return Outcome.FromResult(await handler.SendOnceAsync(request, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                return Outcome.FromException<HttpResponseMessage>(e);
            }
        }
    }
}
