namespace DeploymentSdk.CloudFoundry.Authentication;

/// <summary>Asks <see cref="CloudFoundryClientOptions.AccessTokenProvider"/> for each new token.</summary>
internal sealed class DelegateTokenSource(Func<CancellationToken, ValueTask<string>> provider) : ICloudFoundryTokenSource
{
    public async ValueTask<CloudFoundryAccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var value = await provider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException("CloudFoundryClientOptions.AccessTokenProvider returned an empty token.");
        }

        return new CloudFoundryAccessToken(value);
    }
}
