using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// The SDK's real DI pipeline pointed at a test server, with the typed client and the internal <see cref="NomadPipeline"/>
/// (to drive reads and writes without depending on endpoints that are not merged yet).
/// </summary>
internal sealed class ReliabilityClient : IDisposable
{
    private readonly ServiceProvider _services;

    private ReliabilityClient(ServiceProvider services)
    {
        _services = services;
        Options = services.GetRequiredService<IOptions<NomadClientOptions>>().Value;
        Nomad = services.GetRequiredService<INomadClient>();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(NomadServiceCollectionExtensions.HttpClientName);
        Pipeline = new NomadPipeline(http, Options);
    }

    public NomadClientOptions Options { get; }

    public INomadClient Nomad { get; }

    public NomadPipeline Pipeline { get; }

    /// <param name="address">The server.</param>
    /// <param name="configure">Options on top of the address and the test token.</param>
    /// <param name="fastRetries">
    /// Runs the retry handler's backoff 50 times faster (Polly takes its clock from DI), for tests that count attempts;
    /// the attempt count and the retry decisions are unchanged. Tests about real delays leave it off.
    /// </param>
    /// <param name="logs">Captures every log line at Trace, including IHttpClientFactory's and Polly's.</param>
    /// <param name="environment">The NOMAD_* variables the client sees; none by default.</param>
    public static ReliabilityClient Create(
        string address,
        Action<NomadClientOptions>? configure = null,
        bool fastRetries = false,
        CapturingLoggerProvider? logs = null,
        Func<string, string?>? environment = null)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        if (fastRetries)
        {
            services.AddSingleton<TimeProvider>(new ScaledTimeProvider(0.02));
        }

        NomadServiceCollectionExtensions.AddNomadClient(
            services,
            configuration: null,
            o =>
            {
                o.Address = new Uri(address, UriKind.RelativeOrAbsolute);
                o.Token = NomadTestServer.Token;
                o.RequestTimeout = TimeSpan.FromSeconds(20);
                configure?.Invoke(o);
            },
            environment ?? (static _ => null));
        return new ReliabilityClient(services.BuildServiceProvider());
    }

    /// <summary>A GET of a job list at <paramref name="path"/> (the shape does not matter to the transport).</summary>
    public async Task<List<JobListStub>> ReadAsync(string path = "v1/jobs", NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        (await Pipeline.QueryAsync(path, query, NomadJsonContext.Default.ListJobListStub, cancellationToken, whenNull: static () => [])).Value;

    /// <summary>A write with a small JSON body whose answer is ignored.</summary>
    public Task WriteAsync(HttpMethod method, string path = "v1/jobs", NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        Pipeline.WriteAsync(method, path, "{}", NomadJsonContext.Default.String, write, cancellationToken);

    public void Dispose() => _services.Dispose();

    /// <summary>The system clock with timers shortened by a factor.</summary>
    internal sealed class ScaledTimeProvider(double factor) : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, Scale(dueTime), Scale(period));

        private TimeSpan Scale(TimeSpan span) => span <= TimeSpan.Zero ? span : span * factor;
    }
}
