namespace DeploymentSdk.Http;

/// <summary>
/// Sends the registration's token in the provider's header (e.g. <c>X-Nomad-Token: …</c> or <c>Authorization: Bearer …</c>)
/// to the configured origin only, and removes the header from a request for any other origin. When the server answers
/// that the token expired, asks the token source once for a new one and sends the request again; a second rejection is
/// the answer.
/// </summary>
/// <remarks>It sits inside the retry handler, which follows redirects hop by hop, so every hop is checked again. Request bodies are buffered, so a resend is safe.</remarks>
internal sealed class TokenCredentialHandler : DelegatingHandler
{
    private readonly Uri _origin;
    private readonly string _headerName;
    private readonly string? _scheme;
    private readonly SdkTokenSource _tokens;
    private readonly Func<int, string?, bool> _isExpired;

    /// <param name="origin">The only origin that receives the token.</param>
    /// <param name="headerName">The header: <c>X-Nomad-Token</c>, <c>Authorization</c>.</param>
    /// <param name="scheme">The scheme written before the token (<c>Bearer</c>), or null for the bare token.</param>
    /// <param name="tokens">Where the token comes from.</param>
    /// <param name="isExpired">Says from the status and the start of the body whether the token was rejected as expired or unknown.</param>
    public TokenCredentialHandler(Uri origin, string headerName, string? scheme, SdkTokenSource tokens, Func<int, string?, bool> isExpired)
    {
        _origin = origin;
        _headerName = headerName;
        _scheme = scheme;
        _tokens = tokens;
        _isExpired = isExpired;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(_headerName);
        if (request.RequestUri is not { } uri || !OriginScopedCredentialHandler.IsSameOrigin(uri, _origin))
        {
            return base.SendAsync(request, cancellationToken);
        }

        // Without a token there is nothing to refresh: pass the request through without waiting for its answer here.
        var pending = _tokens.GetAsync(cancellationToken);
        return pending.IsCompletedSuccessfully && pending.Result is null
            ? base.SendAsync(request, cancellationToken)
            : SendWithTokenAsync(request, pending, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, ValueTask<string?> pending, CancellationToken cancellationToken)
    {
        var token = await pending.ConfigureAwait(false);
        Set(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (token is null || (int)response.StatusCode is not (401 or 403))
        {
            return response;
        }

        string? fresh;
        try
        {
            var body = await ApiPipeline.PeekErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            if (!_isExpired((int)response.StatusCode, body))
            {
                return response;
            }

            fresh = await _tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        if (fresh is null)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Remove(_headerName);
        Set(request, fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Set(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(_headerName, _scheme is null ? token : $"{_scheme} {token}");
        }
    }
}
