namespace DeploymentSdk.Cloud66;

/// <summary>How to reach the Cloud66 API and authenticate to it.</summary>
/// <remarks>
/// <para>Defaults: <see cref="BaseAddress"/> <c>https://app.cloud66.com/api/3/</c>, <see cref="Timeout"/> 100 seconds
/// per request (all retries included), <see cref="MaxResponseBytes"/> 16 MiB. There is no default token: set
/// <see cref="AccessToken"/> (a personal access token or OAuth token, bindable from configuration) or
/// <see cref="AccessTokenProvider"/> (called before each request, for tokens that change), not both.</para>
/// <para>Validated at start-up: the base address must be absolute https (http only for a loopback address, as in tests),
/// with no query or fragment; it need not end with '/'. The token never appears in <see cref="ToString"/>, in logs
/// or in exception messages, and is sent only to the origin of <see cref="BaseAddress"/>.</para>
/// </remarks>
public sealed class Cloud66ClientOptions
{
    /// <summary>The public Cloud66 API v3 root, <c>https://app.cloud66.com/api/3/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://app.cloud66.com/api/3/");

    /// <summary>The default <see cref="Timeout"/>: 100 seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    /// <summary>The default <see cref="MaxResponseBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxResponseBytes = 16L * 1024 * 1024;

    /// <summary>The API root that request paths are relative to. Default <see cref="DefaultBaseAddress"/>.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The access token sent as <c>Authorization: Bearer …</c>. Set this or <see cref="AccessTokenProvider"/>.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// Returns the access token before each request (for example from a secret store that rotates it). Set this or
    /// <see cref="AccessToken"/>; a null or empty result sends no token. Not bindable from configuration.
    /// </summary>
    public Func<CancellationToken, ValueTask<string?>>? AccessTokenProvider { get; set; }

    /// <summary>How long one call may take, retries included. Default 100 seconds; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>The largest response body read, in bytes; a larger one fails the call. Default 16 MiB.</summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The default of <see cref="MaxConnectionsPerServer"/>: 32.</summary>
    public const int DefaultMaxConnectionsPerServer = 32;

    /// <summary>The most connections to the API at a time. Default <see cref="DefaultMaxConnectionsPerServer"/> (32).</summary>
    public int MaxConnectionsPerServer { get; set; } = DefaultMaxConnectionsPerServer;

    /// <summary>The credentials of this registration known so far, removed from every message (shared by all its pipelines).</summary>
    internal DeploymentSdk.Http.SecretRedactor Redactor { get; set; } = new();

    /// <summary>Describes the options without the token.</summary>
    /// <returns>The base address, whether a token is set, the timeout and the size limit.</returns>
    public override string ToString()
    {
        var token = AccessToken is { Length: > 0 } ? "AccessToken = (set)" : AccessTokenProvider is not null ? "AccessTokenProvider = (set)" : "no token";
        return $"Cloud66ClientOptions {{ BaseAddress = {BaseAddress}, {token}, Timeout = {Timeout}, MaxResponseBytes = {MaxResponseBytes} }}";
    }

    /// <summary>The base address with the trailing '/' that keeps <c>/api/3</c> when relative paths are resolved.</summary>
    internal Uri NormalizedBaseAddress =>
        BaseAddress.AbsolutePath.EndsWith('/') ? BaseAddress : new Uri(BaseAddress.GetLeftPart(UriPartial.Path) + "/");

    internal void CopyTo(Cloud66ClientOptions target)
    {
        target.BaseAddress = BaseAddress;
        target.AccessToken = AccessToken;
        target.AccessTokenProvider = AccessTokenProvider;
        target.Timeout = Timeout;
        target.MaxResponseBytes = MaxResponseBytes;
    }
}
