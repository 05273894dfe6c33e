namespace DeploymentSdk.Cloud66;

/// <summary>How to reach the Cloud66 API and authenticate to it.</summary>
/// <remarks>
/// <para>Defaults: <see cref="ApiClientOptions.Address"/> <see cref="DefaultAddress"/> (<c>https://app.cloud66.com/api/3/</c>),
/// <see cref="ApiClientOptions.RequestTimeout"/> <see cref="DefaultRequestTimeout"/> (100 seconds per call, all retries
/// included), <see cref="ApiClientOptions.MaxResponseBytes"/> <see cref="DefaultMaxResponseBytes"/> (16 MiB),
/// <see cref="ApiClientOptions.MaxConnectionsPerServer"/> 32. There is no default token: set <see cref="ApiClientOptions.Token"/>
/// (a personal access token or OAuth token, sent as <c>Authorization: Bearer …</c>, bindable from configuration) or
/// <see cref="ApiClientOptions.TokenProvider"/> (called before each request, for tokens that change; a null or empty result
/// sends no token), not both.</para>
/// <para>Validated at start-up: the address must be absolute https (http only for a loopback address, as in tests),
/// with no query or fragment; it need not end with '/'. The token never appears in <see cref="ToString"/>, in logs
/// or in exception messages, and is sent only to the origin of the address.</para>
/// </remarks>
public sealed class Cloud66ClientOptions : ApiClientOptions
{
    /// <summary>The public Cloud66 API v3 root, <c>https://app.cloud66.com/api/3/</c>.</summary>
    public static readonly Uri DefaultAddress = new("https://app.cloud66.com/api/3/");

    /// <summary>The default <see cref="ApiClientOptions.RequestTimeout"/>: 100 seconds.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(100);

    /// <summary>The default <see cref="ApiClientOptions.MaxResponseBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxResponseBytes = 16L * 1024 * 1024;

    /// <summary>Creates options with the defaults in the remarks.</summary>
    public Cloud66ClientOptions()
        : base(DefaultAddress, DefaultRequestTimeout, DefaultMaxResponseBytes)
    {
    }

    /// <summary>Describes the options without the token.</summary>
    /// <returns>The address, whether a token is set, the timeout and the size limit.</returns>
    public override string ToString()
    {
        var token = Token is { Length: > 0 } ? "Token = (set)" : TokenProvider is not null ? "TokenProvider = (set)" : "no token";
        return $"Cloud66ClientOptions {{ Address = {DeploymentSdk.Http.SecretRedactor.RedactAddress(Address)}, {token}, RequestTimeout = {RequestTimeout}, MaxResponseBytes = {MaxResponseBytes} }}";
    }

    /// <summary>The address with the trailing '/' that keeps <c>/api/3</c> when relative paths are resolved.</summary>
    internal Uri NormalizedAddress
    {
        get
        {
            var address = Address ?? DefaultAddress;
            return address.AbsolutePath.EndsWith('/') ? address : new Uri(address.GetLeftPart(UriPartial.Path) + "/");
        }
    }

    internal void CopyTo(Cloud66ClientOptions target)
    {
        target.Address = Address;
        target.Token = Token;
        target.TokenProvider = TokenProvider;
        target.RequestTimeout = RequestTimeout;
        target.MaxResponseBytes = MaxResponseBytes;
        target.MaxConnectionsPerServer = MaxConnectionsPerServer;
    }
}
