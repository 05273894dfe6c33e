using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace DeploymentSdk.Samples;

/// <summary>
/// An in-process stand-in for a Nomad agent (WireMock.Net on loopback) so the samples run on a machine with no
/// cluster. Started only when no real address is configured (NOMAD_ADDR unset).
/// </summary>
public sealed class DemoServer : IDisposable
{
    private readonly WireMockServer _server;

    private DemoServer()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        MapNomad();
    }

    /// <summary>The address to give the Nomad client.</summary>
    public string NomadAddress => _server.Url!;

    /// <summary>Starts the demo server unless <c>NOMAD_ADDR</c> names a real agent; says so on the console.</summary>
    public static DemoServer? StartIfNoNomadAddress()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NOMAD_ADDR")))
        {
            return null;
        }

        var demo = new DemoServer();
        Console.WriteLine($"[demo] NOMAD_ADDR is not set: using the embedded DEMO server at {demo.NomadAddress} (canned data, not a real cluster).");
        return demo;
    }

    public void Dispose() => _server.Stop();

    private void MapNomad()
    {
        _server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create()
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-Nomad-Index", "42")
                .WithHeader("X-Nomad-KnownLeader", "true")
                .WithBody("""
                    [
                      {"ID":"example","Name":"example","Namespace":"default","Type":"service","Status":"running","CreateIndex":7,"ModifyIndex":42},
                      {"ID":"nightly-report","Name":"nightly-report","Namespace":"default","Type":"batch","Status":"dead","CreateIndex":9,"ModifyIndex":30}
                    ]
                    """));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
