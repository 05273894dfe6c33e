namespace DeploymentSdk.Http;

/// <summary>
/// Adds a credential header to requests for one origin (scheme, host and port) and removes it from requests for
/// any other, so a redirect or an absolute link can never carry it elsewhere.
/// </summary>
internal sealed class OriginScopedCredentialHandler : DelegatingHandler
{
    private readonly Uri _origin;
    private readonly string _headerName;
    private readonly Func<CancellationToken, ValueTask<string?>> _getValue;

    /// <param name="origin">The only origin that receives the credential.</param>
    /// <param name="headerName">The header, e.g. <c>X-Nomad-Token</c> or <c>Authorization</c>.</param>
    /// <param name="getValue">Returns the full header value, or null to send none.</param>
    public OriginScopedCredentialHandler(Uri origin, string headerName, Func<CancellationToken, ValueTask<string?>> getValue)
    {
        _origin = origin;
        _headerName = headerName;
        _getValue = getValue;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(_headerName);
        if (request.RequestUri is { } uri && IsSameOrigin(uri, _origin))
        {
            var value = await _getValue(cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(value))
            {
                request.Headers.TryAddWithoutValidation(_headerName, value);
            }
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsSameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
