namespace DeploymentSdk.CloudFoundry.Authentication.Uaa;

/// <summary>UAA's answer to <c>POST /oauth/token</c>.</summary>
internal sealed class UaaTokenResponse : ApiModel
{
    public string? AccessToken { get; set; }

    public string? TokenType { get; set; }

    public long? ExpiresIn { get; set; }

    public string? RefreshToken { get; set; }
}
