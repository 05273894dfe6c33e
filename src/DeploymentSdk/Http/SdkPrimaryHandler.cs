using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace DeploymentSdk.Http;

/// <summary>What a provider's connections need: where to connect and how to trust the server.</summary>
internal sealed record PrimaryHandlerSettings
{
    /// <summary>The default of <see cref="ConnectTimeout"/>: 15 seconds.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Connect over this unix domain socket instead of TCP; null for TCP.</summary>
    public string? UnixSocketPath { get; init; }

    /// <summary>A PEM file of the CA certificate(s) to trust instead of the system's.</summary>
    public string? CaCertificatePath { get; init; }

    /// <summary>A PEM client certificate for mutual TLS, with <see cref="ClientKeyPath"/>.</summary>
    public string? ClientCertificatePath { get; init; }

    /// <summary>The PEM private key of <see cref="ClientCertificatePath"/>.</summary>
    public string? ClientKeyPath { get; init; }

    /// <summary>The name the server's certificate must carry when it differs from the address's host.</summary>
    public string? TlsServerName { get; init; }

    /// <summary>Accept any server certificate (only by an explicit option).</summary>
    public bool SkipTlsVerify { get; init; }

    /// <summary>How long establishing one connection may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultConnectTimeout;

    /// <summary>The most connections to one server at a time.</summary>
    public int MaxConnectionsPerServer { get; init; } = int.MaxValue;
}

/// <summary>
/// The socket handler every provider's HttpClient ends in: no automatic redirects (the SDK's retry handler follows them hop by hop),
/// decompression, a connect timeout, a connection limit, unix domain sockets and TLS trust.
/// </summary>
internal static class SdkPrimaryHandler
{
    public static SocketsHttpHandler Create(PrimaryHandlerSettings settings)
    {
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by the SDK's RedirectFollower (in SdkRetryHandler) so the credential never follows one to another origin.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = settings.ConnectTimeout,
            MaxConnectionsPerServer = settings.MaxConnectionsPerServer,
        };

        if (settings.UnixSocketPath is { } socketPath)
        {
            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException e)
                {
                    socket.Dispose();

                    // .NET would report the request line's host (localhost:80); the socket's path is what to check.
                    throw new UnixSocketException(socketPath, e);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        ConfigureTls(handler.SslOptions, settings);
        return handler;
    }

    private static void ConfigureTls(SslClientAuthenticationOptions ssl, PrimaryHandlerSettings settings)
    {
        if (settings.ClientCertificatePath is { } certificatePath && settings.ClientKeyPath is { } keyPath)
        {
            ssl.ClientCertificates = [X509Certificate2.CreateFromPemFile(certificatePath, keyPath)];
        }

        if (settings.SkipTlsVerify)
        {
#pragma warning disable CA5359 // Turned on only by an explicit option (e.g. NOMAD_SKIP_VERIFY), as with the platform's CLI.
            ssl.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
            return;
        }

        X509Certificate2Collection? trustedRoots = null;
        if (settings.CaCertificatePath is { } caPath)
        {
            trustedRoots = [];
            trustedRoots.ImportFromPemFile(caPath);
        }

        var serverName = settings.TlsServerName;
        if (trustedRoots is null && serverName is null)
        {
            return;
        }

        ssl.RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            IsTrusted(certificate as X509Certificate2, chain, errors, trustedRoots, serverName);
    }

    private static bool IsTrusted(
        X509Certificate2? certificate,
        X509Chain? defaultChain,
        SslPolicyErrors errors,
        X509Certificate2Collection? trustedRoots,
        string? serverName)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        // The name: the configured server name if there is one, else the host the system already checked.
        var nameOk = serverName is not null
            ? certificate.MatchesHostname(serverName)
            : !errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch);
        if (!nameOk)
        {
            return false;
        }

        if (trustedRoots is null)
        {
            return !errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors);
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (defaultChain is not null)
        {
            foreach (var element in defaultChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(certificate);
    }
}
