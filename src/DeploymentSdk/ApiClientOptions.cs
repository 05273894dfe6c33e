using DeploymentSdk.Http;

namespace DeploymentSdk;

/// <summary>
/// The settings every provider's client options share, with one name each: where the API is (<see cref="ApiClientOptions.Address"/>),
/// the credential (<see cref="ApiClientOptions.Token"/> or <see cref="ApiClientOptions.TokenProvider"/>), and the limits of a call
/// (<see cref="ApiClientOptions.RequestTimeout"/>, <see cref="ApiClientOptions.MaxResponseBytes"/>, <see cref="ApiClientOptions.MaxConnectionsPerServer"/>).
/// Each provider's options derive from it and add what is specific to the platform.
/// </summary>
/// <remarks>
/// <para>Defaults: <see cref="ApiClientOptions.Address"/>, <see cref="ApiClientOptions.RequestTimeout"/> and <see cref="ApiClientOptions.MaxResponseBytes"/> are chosen by each
/// provider (see its options); <see cref="ApiClientOptions.Token"/> and <see cref="ApiClientOptions.TokenProvider"/> none;
/// <see cref="ApiClientOptions.MaxConnectionsPerServer"/> <see cref="ApiClientOptions.DefaultMaxConnectionsPerServer"/> (32).</para>
/// <para>The credential is never printed, logged or sent to an origin other than <see cref="ApiClientOptions.Address"/>'s.</para>
/// </remarks>
public abstract class ApiClientOptions
{
    /// <summary>The default of <see cref="ApiClientOptions.MaxConnectionsPerServer"/>: 32.</summary>
    public const int DefaultMaxConnectionsPerServer = 32;

    /// <summary>Creates options with the provider's defaults.</summary>
    /// <param name="defaultAddress">The default of <see cref="ApiClientOptions.Address"/>; <see langword="null"/> when the address is required.</param>
    /// <param name="defaultRequestTimeout">The default of <see cref="ApiClientOptions.RequestTimeout"/>.</param>
    /// <param name="defaultMaxResponseBytes">The default of <see cref="ApiClientOptions.MaxResponseBytes"/>.</param>
    protected ApiClientOptions(Uri? defaultAddress, TimeSpan defaultRequestTimeout, long defaultMaxResponseBytes)
    {
        Address = defaultAddress;
        RequestTimeout = defaultRequestTimeout;
        MaxResponseBytes = defaultMaxResponseBytes;
    }

    /// <summary>The API's address. Credentials are sent to its origin (scheme, host and port) only.</summary>
    public Uri? Address { get; set; }

    /// <summary>A static credential, bindable from configuration. Never logged or printed. Not with <see cref="ApiClientOptions.TokenProvider"/>.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// Returns the credential before a request, instead of <see cref="ApiClientOptions.Token"/>: for short-lived or rotated tokens. Cache
    /// in the delegate what should be cached. Not bindable from configuration.
    /// </summary>
    public Func<CancellationToken, ValueTask<string?>>? TokenProvider { get; set; }

    /// <summary>How long one call may take (every attempt and the body); <see cref="Timeout.InfiniteTimeSpan"/> turns it off.</summary>
    public TimeSpan RequestTimeout { get; set; }

    /// <summary>The largest response body read, in bytes; a larger one fails the call.</summary>
    public long MaxResponseBytes { get; set; }

    /// <summary>The most connections to the API at a time. Default <see cref="ApiClientOptions.DefaultMaxConnectionsPerServer"/> (32).</summary>
    public int MaxConnectionsPerServer { get; set; } = DefaultMaxConnectionsPerServer;

    /// <summary>The credentials of this registration known so far, removed from every message (shared by all its pipelines).</summary>
    internal SecretRedactor Redactor { get; set; } = new();
}
