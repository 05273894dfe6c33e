using DeploymentSdk.Http;

namespace DeploymentSdk.Nomad.Http;

/// <summary>The core's socket handler, declared for <see cref="NomadClientOptions"/>: TLS files, unix sockets, the connection limit.</summary>
internal static class NomadPrimaryHandler
{
    public static SocketsHttpHandler Create(NomadClientOptions options) =>
        SdkPrimaryHandler.Create(new PrimaryHandlerSettings
        {
            UnixSocketPath = NomadAddress.Parse(options.Address).UnixSocketPath,
            CaCertificatePath = options.CaCertificatePath,
            ClientCertificatePath = options.ClientCertificatePath,
            ClientKeyPath = options.ClientKeyPath,
            TlsServerName = options.TlsServerName,
            SkipTlsVerify = options.SkipTlsVerify,
            MaxConnectionsPerServer = options.MaxConnectionsPerServer,
        });
}
