namespace DeploymentSdk.CloudFoundry.Authentication;

/// <summary>Always the same token (<see cref="ApiClientOptions.Token"/>): a rejected token cannot be replaced.</summary>
internal sealed class StaticTokenSource(string token) : ICloudFoundryTokenSource
{
    private readonly CloudFoundryAccessToken _token = new(token);

    public ValueTask<CloudFoundryAccessToken> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_token);
}
