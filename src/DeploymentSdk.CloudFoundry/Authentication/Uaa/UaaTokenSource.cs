using System.Net;
using System.Text;
using System.Text.Json;
using DeploymentSdk.CloudFoundry.Authentication.Uaa;
using DeploymentSdk.CloudFoundry.Http;
using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.Http;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// Gets Cloud Foundry tokens from UAA (<c>POST /oauth/token</c>) with the <c>refresh_token</c> or
/// <c>client_credentials</c> grant, reporting each token's expiry so the client renews it shortly before.
/// </summary>
/// <remarks>
/// With dependency injection, register it with <c>services.AddCloudFoundryUaaTokenSource(…)</c>. Without, create it
/// with <see cref="UaaTokenSource(UaaTokenSourceOptions)"/>, pass it to <see cref="CloudFoundryClient.Create"/> and
/// dispose it after the client. UAA errors throw <see cref="CloudFoundryApiException"/> whose
/// <see cref="ApiException.ErrorCodes"/> hold the OAuth error (for example <c>invalid_grant</c>); the request that
/// needed the token fails with it.
/// <para>The token's lifetime is UAA's <c>expires_in</c>. An answer without it, or with zero or a negative value, gives a
/// token of unknown lifetime: the client uses it until the API rejects it (<c>401 CF-InvalidAuthToken</c>), then asks
/// UAA once. UAA is asked at most once per 5 seconds (plus one immediate renewal after a rejection), even when it fails
/// at once: within that interval the client reuses the current token or the last failure.</para>
/// </remarks>
public sealed class UaaTokenSource : ICloudFoundryTokenSource, IDisposable
{
    private const string ProviderName = "Cloud Foundry UAA";

    private readonly Func<HttpClient> _httpClient;
    private readonly HttpClient? _ownedClient;
    private readonly UaaTokenSourceOptions _options;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private string? _refreshToken;

    // The client secret and every refresh token used: an OAuth error_description may quote them.
    private readonly SecretRedactor _redactor = new();

    /// <summary>Creates a source with its own connection pool, for use without dependency injection.</summary>
    /// <param name="options">Where UAA is and which grant to use; copied.</param>
    /// <exception cref="OptionsValidationException">The options are not valid; the message says what to change.</exception>
    public UaaTokenSource(UaaTokenSourceOptions options)
        : this(null, options, TimeProvider.System)
    {
    }

    internal UaaTokenSource(Func<HttpClient>? httpClient, UaaTokenSourceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new UaaTokenSourceOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(UaaTokenSourceOptions), result.Failures);
        }

        _options = new UaaTokenSourceOptions
        {
            UaaAddress = options.UaaAddress,
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            RefreshToken = options.RefreshToken,
            RequestTimeout = options.RequestTimeout,
        };
        _refreshToken = string.IsNullOrWhiteSpace(options.RefreshToken) ? null : options.RefreshToken;
        _redactor.Add(options.ClientSecret);
        _redactor.Add(_refreshToken);
        _time = time;
        if (httpClient is null)
        {
            _ownedClient = new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            { Timeout = Timeout.InfiniteTimeSpan };
            _httpClient = () => _ownedClient;
        }
        else
        {
            _httpClient = httpClient;
        }
    }

    /// <inheritdoc/>
    public async ValueTask<CloudFoundryAccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        string? refreshToken;
        lock (_gate)
        {
            refreshToken = _refreshToken;
        }

        var form = new List<KeyValuePair<string, string>>();
        if (refreshToken is not null)
        {
            form.Add(new("grant_type", "refresh_token"));
            form.Add(new("refresh_token", refreshToken));
        }
        else
        {
            form.Add(new("grant_type", "client_credentials"));
        }

        var request = new ApiRequest(HttpMethod.Post, "oauth/token") { Content = new FormUrlEncodedContent(form) };
        request.AddHeader("Accept", "application/json");

        // Client authentication as UAA and the cf CLI do it: HTTP Basic, URL-encoded id and secret.
        var credentials = $"{Uri.EscapeDataString(_options.ClientId)}:{Uri.EscapeDataString(_options.ClientSecret ?? string.Empty)}";
        request.AddHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));

        var pipeline = new ApiPipeline(
            _httpClient(),
            new ApiPipelineSettings(ProviderName, CloudFoundryPipeline.WithTrailingSlash(_options.UaaAddress!), _options.RequestTimeout, 1024 * 1024)
            {
                Redactor = _redactor,
                CreateFailure = CloudFoundryPipeline.CreateFailure,
                Telemetry = CloudFoundry.Http.CloudFoundryTelemetry.Instance,
            },
            CreateError);
        var response = await pipeline.SendAsync(request, CloudFoundryJsonContext.Default.UaaTokenResponse, cancellationToken).ConfigureAwait(false);
        var token = CloudFoundryPipeline.Require(response, request);
        if (string.IsNullOrWhiteSpace(token.AccessToken)
            || (token.TokenType is { } type && !type.Equals("bearer", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ApiException(
                $"{ProviderName} answered {response.Status} to POST /oauth/token without a bearer access token.",
                ApiErrorKind.InvalidResponse,
                response.Status,
                "POST",
                "/oauth/token");
        }

        if (!string.IsNullOrWhiteSpace(token.RefreshToken) && refreshToken is not null)
        {
            _redactor.Add(token.RefreshToken);
            lock (_gate)
            {
                _refreshToken = token.RefreshToken;
            }
        }

        // No, zero or a negative expires_in: unknown lifetime, used until the API rejects it (never a UAA call per request).
        DateTimeOffset? expires = token.ExpiresIn is > 0 and < int.MaxValue ? _time.GetUtcNow().AddSeconds(token.ExpiresIn.Value) : null;
        return new CloudFoundryAccessToken(token.AccessToken, expires);
    }

    /// <summary>Releases the connection pool of a source created without dependency injection.</summary>
    public void Dispose() => _ownedClient?.Dispose();

    /// <summary>OAuth errors: the error name is the code; a rejected grant or client means the credentials are bad.</summary>
    private static ApiException CreateError(ApiErrorResponse response)
    {
        UaaErrorResponse? body = null;
        try
        {
            body = response.Body is null ? null : JsonSerializer.Deserialize(response.Body, CloudFoundryJsonContext.Default.UaaErrorResponse);
        }
        catch (JsonException)
        {
            // Not an OAuth error body; the status classifies it.
        }

        IReadOnlyList<CloudFoundryError> errors = body?.Error is { } name
            ? [new CloudFoundryError { Title = name, Detail = body.ErrorDescription }]
            : [];
        var kind = body?.Error is "invalid_grant" or "invalid_client" or "invalid_token" or "unauthorized_client"
            ? ApiErrorKind.Unauthorized
            : ApiException.KindFromStatus(response.Status);
        var detail = body?.Error is { } error ? $"{error}: {body.ErrorDescription}" : null;
        return new CloudFoundryApiException(
            response.DescribeWith(ProviderName, detail),
            kind,
            response.Status,
            response.Method,
            response.Path,
            responseBodyExcerpt: null, // An OAuth answer is not worth the risk of echoing a credential.
            errors,
            response.RetryAfter,
            CloudFoundryErrors.RateLimitOf(response.Headers));
    }
}
