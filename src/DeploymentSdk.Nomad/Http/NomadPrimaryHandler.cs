using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace DeploymentSdk.Nomad.Http;

/// <summary>Builds the socket handler for <see cref="NomadClientOptions"/>: TLS trust, client certificate, unix sockets.</summary>
internal static class NomadPrimaryHandler
{
    public static SocketsHttpHandler Create(NomadClientOptions options)
    {
        var address = NomadAddress.Parse(options.Address);
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by the SDK's RedirectHandler so the token never follows one to another origin.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };

        if (address.UnixSocketPath is { } socketPath)
        {
            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        ConfigureTls(handler.SslOptions, options);
        return handler;
    }

    private static void ConfigureTls(SslClientAuthenticationOptions ssl, NomadClientOptions options)
    {
        if (options.ClientCertificatePath is { } certificatePath && options.ClientKeyPath is { } keyPath)
        {
            ssl.ClientCertificates = [X509Certificate2.CreateFromPemFile(certificatePath, keyPath)];
        }

        if (options.SkipTlsVerify)
        {
#pragma warning disable CA5359 // Turned on only by an explicit SkipTlsVerify / NOMAD_SKIP_VERIFY, as with the nomad CLI.
            ssl.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
            return;
        }

        X509Certificate2Collection? trustedRoots = null;
        if (options.CaCertificatePath is { } caPath)
        {
            trustedRoots = [];
            trustedRoots.ImportFromPemFile(caPath);
        }

        var serverName = options.TlsServerName;
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
