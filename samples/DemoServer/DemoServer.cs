using DeploymentSdk.Samples.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeploymentSdk.Samples;

/// <summary>
/// An in-process stand-in for Nomad, Cloud Foundry and Cloud66 (WireMock.Net on loopback) so the samples run on a
/// machine with no cluster. It is a simulation, not canned answers: jobs register, evaluations place allocations,
/// deployments place canaries, wait for promotion, roll out and succeed or fail, one small step per second; reads
/// honour Nomad's blocking queries and paging, and every change is on Nomad's event stream. See <c>samples/DemoServer/README.md</c> for what it starts with.
/// </summary>
public sealed class DemoServer : IDisposable
{
    private readonly WebApplication _app;
    private readonly NomadCluster _nomad;
    private readonly CloudFoundrySimulation _cloudFoundry;
    private readonly Cloud66Simulation _cloud66;
    private readonly ITimer? _timer;
    private readonly Lock _stepGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _steps;

    private DemoServer(DemoServerOptions options)
    {
        var time = options.TimeProvider;
        _nomad = new NomadCluster(time);
        _cloudFoundry = new CloudFoundrySimulation(time);
        _cloud66 = new Cloud66Simulation(time);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, options.Port ?? 0));
        builder.Services.AddRouting();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.UseRouting();

        var router = new DemoRouter(_app);
        new NomadApi(_nomad, time, options.MaxBlockingWait, _stopping.Token).Map(router);
        new NomadEventStream(_nomad, options.EventHeartbeat, _stopping.Token).Map(_app);
        new NomadClientApi(_nomad, time, options.EventHeartbeat, _stopping.Token).Map(router, _app);
        _cloudFoundry.Map(router);
        _cloud66.Map(router);
        router.MapFallback();

        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address).GetLeftPart(UriPartial.Authority).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        if (options.StepInterval is { } interval)
        {
            _timer = time.CreateTimer(_ => Step(), null, interval, interval);
        }
    }

    /// <summary>The server's root, <c>http://127.0.0.1:port</c>.</summary>
    public string Url { get; }

    /// <summary>The address to give the Nomad client (<c>NOMAD_ADDR</c>).</summary>
    public string NomadAddress => Url;

    /// <summary>The Cloud Foundry API root to give the Cloud Foundry client (it serves <c>/v3/deployments</c>).</summary>
    public Uri CloudFoundryAddress => new(Url + "/");

    /// <summary>The GUID of the one app the Cloud Foundry simulation deploys.</summary>
    public static string CloudFoundryAppGuid => CloudFoundrySimulation.AppGuid;

    /// <summary>The Cloud66 API root to give the Cloud66 client (<c>…/api/3/</c>).</summary>
    public Uri Cloud66Address => new(Url + "/api/3/");

    /// <summary>The UID of the one stack the Cloud66 simulation has.</summary>
    public static string Cloud66StackId => Cloud66Simulation.StackId;

    /// <summary>How many steps the simulation has taken.</summary>
    public int Steps => Volatile.Read(ref _steps);

    /// <summary>Starts a demo server.</summary>
    /// <param name="options">Step interval, blocking-query cap, port; <see langword="null"/> for the defaults.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static DemoServer Start(DemoServerOptions? options = null) => new(options ?? new DemoServerOptions());

    /// <summary>Advances every simulation one step (the timer calls this; tests may call it directly).</summary>
    public void Step()
    {
        lock (_stepGate)
        {
            _nomad.Step();
            _cloudFoundry.Step();
            _cloud66.Step();
            Interlocked.Increment(ref _steps);
        }
    }

    /// <summary>Stops the simulation and the server.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        _stopping.Cancel();
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        _stopping.Dispose();
    }
}
