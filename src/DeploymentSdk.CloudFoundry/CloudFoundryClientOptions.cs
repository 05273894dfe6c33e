namespace DeploymentSdk.CloudFoundry;

/// <summary>Where the Cloud Foundry API is and how to authenticate to it.</summary>
/// <remarks>
/// <para>Bind from configuration (<c>services.AddCloudFoundryClient(configuration.GetSection("CloudFoundry"))</c>) and/or
/// set in code; code runs after binding, so it wins. The options are validated when the host starts.</para>
/// <para>Defaults: <see cref="ApiClientOptions.Address"/> none (required: the API root, for example
/// <c>https://api.sys.example.com</c>, what <c>cf api</c> shows; an absolute http or https address without query or
/// fragment); <see cref="ApiClientOptions.Token"/> and <see cref="ApiClientOptions.TokenProvider"/> none (exactly one
/// token source is required: one of the two, or an <see cref="ICloudFoundryTokenSource"/> service);
/// <see cref="ApiClientOptions.RequestTimeout"/> <see cref="DefaultRequestTimeout"/> (100 seconds, which also bounds one
/// token fetch); <see cref="ApiClientOptions.MaxResponseBytes"/> <see cref="DefaultMaxResponseBytes"/> (32 MiB);
/// <see cref="ApiClientOptions.MaxConnectionsPerServer"/> 32.</para>
/// <para><see cref="ApiClientOptions.Token"/> is a fixed bearer token (a leading <c>bearer </c>, as <c>cf oauth-token</c>
/// prints it, is accepted); it cannot be renewed, so when it expires calls fail with <see cref="ApiErrorKind.Unauthorized"/>.
/// <see cref="ApiClientOptions.TokenProvider"/> returns a fresh bearer token: it is called for the first request, and again
/// when the server rejects the token (<c>401 CF-InvalidAuthToken</c>), once for all concurrent requests; the rejected
/// request is then sent again. The token is sent to the origin (scheme, host and port) of the address only.</para>
/// </remarks>
public sealed class CloudFoundryClientOptions : ApiClientOptions
{
    /// <summary>The default of <see cref="ApiClientOptions.RequestTimeout"/>: 100 seconds.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(100);

    /// <summary>The default of <see cref="ApiClientOptions.MaxResponseBytes"/>: 32 MiB (a 5000-item page of deployments fits).</summary>
    public const long DefaultMaxResponseBytes = 32L * 1024 * 1024;

    /// <summary>Creates options with the defaults in the remarks.</summary>
    public CloudFoundryClientOptions()
        : base(defaultAddress: null, DefaultRequestTimeout, DefaultMaxResponseBytes)
    {
    }
}
