using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>The two clients every comparison uses.</summary>
internal static class Clients
{
    /// <summary>The SDK as a user gets it: <see cref="NomadClient.Create(Action{NomadClientOptions}?)"/>, the whole handler stack.</summary>
    /// <param name="address">The loopback server.</param>
    /// <param name="maxConnections">The connection limit; null keeps the SDK's default (32), which fewer than 32 concurrent callers never reach.</param>
    public static NomadClient Sdk(Uri address, int? maxConnections = null) => NomadClient.Create(o =>
    {
        o.Address = address;
        o.Token = null;
        if (maxConnections is { } limit)
        {
            o.MaxConnectionsPerServer = limit;
        }
    });

    /// <summary>
    /// The floor: a bare <see cref="HttpClient"/> over a default <see cref="SocketsHttpHandler"/> (no decompression, no
    /// retry, redirect or credential handlers), used with <c>GetFromJsonAsync</c> and the SDK's own JSON metadata.
    /// </summary>
    public static HttpClient Raw(Uri address) => new(new SocketsHttpHandler()) { BaseAddress = address };
}
