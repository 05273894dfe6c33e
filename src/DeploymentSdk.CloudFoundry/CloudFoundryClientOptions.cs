namespace DeploymentSdk.CloudFoundry;

/// <summary>Where the Cloud Foundry API is and how to authenticate to it.</summary>
/// <remarks>
/// <para>Bind from configuration (<c>services.AddCloudFoundryClient(configuration.GetSection("CloudFoundry"))</c>) and/or
/// set in code; code runs after binding, so it wins. The options are validated when the host starts.</para>
/// <para>Defaults: <see cref="ApiAddress"/> none (required); <see cref="AccessToken"/> and
/// <see cref="AccessTokenProvider"/> none (exactly one token source is required: one of the two, or an
/// <see cref="ICloudFoundryTokenSource"/> service); <see cref="RequestTimeout"/> 100 seconds;
/// <see cref="MaxResponseBytes"/> 32 MiB.</para>
/// </remarks>
public sealed class CloudFoundryClientOptions
{
    /// <summary>The default of <see cref="RequestTimeout"/>: 100 seconds.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(100);

    /// <summary>The default of <see cref="MaxResponseBytes"/>: 32 MiB (a 5000-item page of deployments fits).</summary>
    public const long DefaultMaxResponseBytes = 32L * 1024 * 1024;

    /// <summary>
    /// The API root, for example <c>https://api.sys.example.com</c> (what <c>cf api</c> shows). Required; an absolute
    /// http or https address without query or fragment. The token is sent to this origin (scheme, host and port) only.
    /// </summary>
    public Uri? ApiAddress { get; set; }

    /// <summary>
    /// A fixed bearer token (a leading <c>bearer </c>, as <c>cf oauth-token</c> prints it, is accepted). It cannot be
    /// renewed: when it expires, calls fail with <see cref="ApiErrorKind.Unauthorized"/>. Not with <see cref="AccessTokenProvider"/>.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// Returns a fresh bearer token. It is called for the first request, and again when the server rejects the token
    /// (<c>401 CF-InvalidAuthToken</c>), once for all concurrent requests; the rejected request is then sent again.
    /// Not bindable from configuration. Not with <see cref="AccessToken"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? AccessTokenProvider { get; set; }

    /// <summary>
    /// How long one call may take (every attempt and the body), and one token fetch. Default 100 seconds;
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>The largest response body read, in bytes. Default 32 MiB.</summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The default of <see cref="MaxConnectionsPerServer"/>: 32.</summary>
    public const int DefaultMaxConnectionsPerServer = 32;

    /// <summary>The most connections to the API at a time. Default <see cref="DefaultMaxConnectionsPerServer"/> (32).</summary>
    public int MaxConnectionsPerServer { get; set; } = DefaultMaxConnectionsPerServer;

    /// <summary>The credentials of this registration known so far, removed from every message (shared by all its pipelines).</summary>
    internal DeploymentSdk.Http.SecretRedactor Redactor { get; set; } = new();
}
