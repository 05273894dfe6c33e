namespace DeploymentSdk.CloudFoundry;

/// <summary>How <see cref="UaaTokenSource"/> gets tokens from Cloud Foundry's UAA.</summary>
/// <remarks>
/// <para>With <see cref="RefreshToken"/> set, tokens come from the <c>refresh_token</c> grant (as the <c>cf</c> CLI does,
/// with client <c>cf</c> and an empty secret); otherwise from the <c>client_credentials</c> grant, which needs
/// <see cref="ClientSecret"/>.</para>
/// <para>Defaults: <see cref="UaaAddress"/> none (required); <see cref="ClientId"/> <c>cf</c>; <see cref="ClientSecret"/>
/// and <see cref="RefreshToken"/> none; <see cref="RequestTimeout"/> 30 seconds.</para>
/// </remarks>
public sealed class UaaTokenSourceOptions
{
    /// <summary>
    /// The UAA root, for example <c>https://uaa.sys.example.com</c> (the <c>links.uaa.href</c> of the API root
    /// <c>GET /</c>). Required; tokens are requested from <c>{UaaAddress}/oauth/token</c>.
    /// </summary>
    public Uri? UaaAddress { get; set; }

    /// <summary>The OAuth client. Default <c>cf</c>, the client of the <c>cf</c> CLI.</summary>
    public string ClientId { get; set; } = "cf";

    /// <summary>The client's secret; required for <c>client_credentials</c>, empty for the <c>cf</c> client.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// A refresh token (for example the <c>RefreshToken</c> of <c>~/.cf/config.json</c>). When UAA answers with a new
    /// refresh token, the source uses that one next time.
    /// </summary>
    public string? RefreshToken { get; set; }

    /// <summary>How long one token request may take. Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
