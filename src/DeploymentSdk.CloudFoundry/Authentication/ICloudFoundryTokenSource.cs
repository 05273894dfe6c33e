namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// Supplies the bearer tokens the client sends to Cloud Foundry. Register an implementation as a service to use it
/// instead of <see cref="ApiClientOptions.Token"/> or <see cref="ApiClientOptions.TokenProvider"/>.
/// </summary>
/// <remarks>
/// The client keeps the token it got and asks for a new one only when it has none, when the token's
/// <see cref="CloudFoundryAccessToken.ExpiresOn"/> is less than a minute away, or when the server rejected it with
/// <c>401 CF-InvalidAuthToken</c>. Concurrent requests share one call: the source is never called twice at once.
/// </remarks>
public interface ICloudFoundryTokenSource
{
    /// <summary>Returns a fresh token; do not return a token the caller already has, unless it is the only one there is.</summary>
    /// <param name="cancellationToken">Cancels the request for a token.</param>
    /// <returns>The token.</returns>
    /// <exception cref="CloudFoundryApiException">The token endpoint refused the request or could not be reached (<see cref="UaaTokenSource"/> throws it; other sources should); <see cref="ApiException.Kind"/> tells which.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    ValueTask<CloudFoundryAccessToken> GetTokenAsync(CancellationToken cancellationToken = default);
}
