namespace DeploymentSdk.CloudFoundry.Authentication;

/// <summary>Asks <see cref="ApiClientOptions.TokenProvider"/> for each new token.</summary>
internal sealed class DelegateTokenSource(Func<CancellationToken, ValueTask<string?>> provider) : ICloudFoundryTokenSource
{
    public async ValueTask<CloudFoundryAccessToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var value = await provider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException("CloudFoundryClientOptions.TokenProvider returned an empty token.");
        }

        return new CloudFoundryAccessToken(value);
    }
}
