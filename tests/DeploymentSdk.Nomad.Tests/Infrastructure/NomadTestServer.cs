using System.Net;
using System.Net.Sockets;
using DeploymentSdk.Nomad;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>A WireMock.Net server on loopback standing in for a Nomad agent, and clients pointed at it.</summary>
internal sealed class NomadTestServer : IDisposable
{
    /// <summary>The ACL token the test clients send; tests assert it appears only where it should.</summary>
    public const string Token = "3f4a1c2e-secret-token-7d9b";

    public NomadTestServer()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    /// <summary>A client for this server with the test token, ignoring the machine's NOMAD_* variables.</summary>
    public NomadClient CreateClient(Action<NomadClientOptions>? configure = null) =>
        NomadClient.Create(
            o =>
            {
                o.Address = new Uri(Url!);
                o.Token = Token;
                configure?.Invoke(o);
            },
            static _ => null);

    /// <summary>The text of a file under the test output's Fixtures folder.</summary>
    public static string Fixture(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Server.Stop();
}
