using System.Net;

namespace DeploymentSdk.Http;

/// <summary>
/// Follows redirects itself (the primary handler's automatic redirects are off) so that every hop passes through
/// the credential handler again, which adds credentials only for the configured origin. Used by
/// <see cref="SdkRetryHandler"/> on each attempt, after the answer's status says it is a redirect, so an answer that
/// is not one costs nothing here.
/// </summary>
/// <remarks>
/// .NET's own redirect handling strips only <c>Authorization</c> on a cross-host hop; a custom header such as
/// <c>X-Nomad-Token</c> would follow the redirect. Here each hop is a new request, and a downgrade from https to
/// http is refused outright.
/// </remarks>
internal static class RedirectFollower
{
    /// <summary>The most hops followed per attempt.</summary>
    public const int MaxRedirects = 5;

    /// <summary>Whether <paramref name="response"/> is a redirect this class follows (a 301/302/303/307/308 with a Location).</summary>
    public static bool IsRedirect(HttpResponseMessage response) =>
        IsRedirect(response.StatusCode) && response.Headers.Location is not null;

    /// <summary>
    /// Follows the redirects starting at <paramref name="response"/> (the answer to <paramref name="request"/>), each hop
    /// sent with <paramref name="send"/>; returns the first answer that is not a redirect, the last one after
    /// <see cref="MaxRedirects"/> hops, or a redirect that would downgrade https to http.
    /// </summary>
    /// <exception cref="UnsupportedRedirectException">A redirect to a scheme other than http and https.</exception>
    public static async Task<HttpResponseMessage> FollowAsync(
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        HttpRequestMessage request,
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var current = request;
        for (var hop = 0; hop < MaxRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hop++)
        {
            var target = location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location);
            if (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp)
            {
                // file://, unix:// and the like: .NET would throw a bare NotSupportedException; say what happened instead.
                var status = (int)response.StatusCode;
                response.Dispose();
                throw new UnsupportedRedirectException(
                    status,
                    $"the server redirected ({status}) to a '{target.Scheme}:' address, which is not followed: only http and https redirects are.");
            }

            if (current.RequestUri!.Scheme == Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttps)
            {
                // Refuse to downgrade; the caller sees the redirect answer as an error.
                return response;
            }

            var method = RedirectMethod(response.StatusCode, current.Method);
            var next = current is SdkRequestMessage sdk ? sdk.WithTarget(method, target) : new HttpRequestMessage(method, target);
            if (next.Method == current.Method)
            {
                next.Content = current.Content;
            }

            foreach (var header in current.Headers)
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            next.Headers.Authorization = null;
            foreach (var option in current.Options)
            {
                ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
            }

            response.Dispose();
            response = await send(next, cancellationToken).ConfigureAwait(false);
            current = next;
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static HttpMethod RedirectMethod(HttpStatusCode status, HttpMethod method) =>
        status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect || method == HttpMethod.Head
            ? method
            : HttpMethod.Get;
}
