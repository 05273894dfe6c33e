using System.Net;
using System.Net.Http.Headers;
using DeploymentSdk.CloudFoundry.Http;
using DeploymentSdk.Http;

namespace DeploymentSdk.CloudFoundry.Authentication;

/// <summary>
/// Adds <c>Authorization: Bearer …</c> to requests for the configured API origin only (and removes it from any
/// other), and, when the server rejects the token with <c>401 CF-InvalidAuthToken</c>, renews it once and sends the
/// request again.
/// </summary>
/// <remarks>
/// It sits inside the SDK's retry handler, which follows redirects hop by hop, so every redirect hop is checked against the origin again. The retry
/// resends the same request: the SDK's request bodies are buffered.
/// </remarks>
internal sealed class CloudFoundryCredentialHandler : DelegatingHandler
{
    private readonly Uri _origin;
    private readonly CloudFoundryTokenCache? _tokens;
    private readonly SecretRedactor _redactor;

    public CloudFoundryCredentialHandler(Uri origin, CloudFoundryTokenCache? tokens, SecretRedactor? redactor = null)
    {
        _origin = origin;
        _tokens = tokens;
        _redactor = redactor ?? new SecretRedactor();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = null;
        if (_tokens is null || request.RequestUri is not { } uri || !OriginScopedCredentialHandler.IsSameOrigin(uri, _origin))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var token = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        _redactor.Add(token.Value);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !_tokens.CanRenew)
        {
            return response;
        }

        CloudFoundryAccessToken? fresh;
        try
        {
            if (!await RejectsTokenAsync(response, cancellationToken).ConfigureAwait(false))
            {
                return response;
            }

            fresh = await _tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false);
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
        _redactor.Add(fresh.Value);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True when the 401 says the token was rejected (<c>CF-InvalidAuthToken</c>). The body is read (bounded) and put
    /// back, so the pipeline can still build the error from it.
    /// </summary>
    private static async Task<bool> RejectsTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var body = await ReadBoundedAsync(original, ApiPipelineSettings.MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
        var copy = new ByteArrayContent(body);
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        copy.Headers.ContentLength = body.Length;
        response.Content = copy;
        original.Dispose();

        return CloudFoundryErrors.Parse(System.Text.Encoding.UTF8.GetString(body))
            .Any(error => error.Title == CloudFoundryErrors.InvalidAuthToken);
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[maxBytes];
            var total = 0;
            int read;
            while (total < maxBytes && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
    }
}
