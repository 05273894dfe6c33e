using System.Net;

namespace DeploymentSdk.Http;

/// <summary>
/// Follows redirects itself (the primary handler's automatic redirects are off) so that every hop passes through
/// the credential handler again, which adds credentials only for the configured origin.
/// </summary>
/// <remarks>
/// .NET's own redirect handling strips only <c>Authorization</c> on a cross-host hop; a custom header such as
/// <c>X-Nomad-Token</c> would follow the redirect. Here each hop is a new request, and a downgrade from https to
/// http is refused outright.
/// </remarks>
internal sealed class RedirectHandler(int maxRedirects = 5) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var current = request;
        for (var hop = 0; hop < maxRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hop++)
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

            var next = new HttpRequestMessage(RedirectMethod(response.StatusCode, current.Method), target);
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
            response = await base.SendAsync(next, cancellationToken).ConfigureAwait(false);
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
