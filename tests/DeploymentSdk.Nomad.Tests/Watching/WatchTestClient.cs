using System.Diagnostics;
using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>
/// The SDK's real Nomad pipeline (the handler stack <c>AddNomadClient</c> builds) pointed at a test server, with a
/// handler that counts the requests sent and those still in flight.
/// </summary>
internal sealed class WatchTestClient : IDisposable
{
    private readonly ServiceProvider _services;

    public WatchTestClient(NomadTestServer server, Action<NomadClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        NomadServiceCollectionExtensions.AddNomadClient(
                services,
                configuration: null,
                o =>
                {
                    o.Address = new Uri(server.Url!);
                    o.Token = NomadTestServer.Token;
                    configure?.Invoke(o);
                },
                static _ => null)
            .AddHttpMessageHandler(() => new CountingHandler(Counter));
        _services = services.BuildServiceProvider();
        var http = _services.GetRequiredService<IHttpClientFactory>().CreateClient(NomadServiceCollectionExtensions.HttpClientName);
        Pipeline = new NomadPipeline(http, _services.GetRequiredService<IOptions<NomadClientOptions>>().Value);
        Nomad = _services.GetRequiredService<INomadClient>();
    }

    public NomadPipeline Pipeline { get; }

    public INomadClient Nomad { get; }

    public RequestCounter Counter { get; } = new();

    /// <summary>A blocking read of <paramref name="path"/> as the typed endpoint methods do it.</summary>
    public Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<TestObject>>> Read(string path) =>
        (query, cancellationToken) => Pipeline.QueryAsync(path, query, WatchTestJsonContext.Default.TestObject, cancellationToken);

    public void Dispose() => _services.Dispose();

    internal sealed class RequestCounter
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<TimeSpan> _starts = [];
        private int _inFlight;

        public int InFlight => Volatile.Read(ref _inFlight);

        public int Sent
        {
            get
            {
                lock (_starts)
                {
                    return _starts.Count;
                }
            }
        }

        /// <summary>The requests that started within the first <paramref name="window"/> after <paramref name="from"/>.</summary>
        public int SentWithin(TimeSpan from, TimeSpan window)
        {
            lock (_starts)
            {
                return _starts.Count(s => s >= from && s < from + window);
            }
        }

        public TimeSpan Now => _clock.Elapsed;

        public void Start()
        {
            lock (_starts)
            {
                _starts.Add(_clock.Elapsed);
            }

            Interlocked.Increment(ref _inFlight);
        }

        public void End() => Interlocked.Decrement(ref _inFlight);
    }

    private sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Start();
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                counter.End();
            }
        }
    }
}

/// <summary>A small stand-in for a Nomad object (a deployment, a job) until the typed models are on this branch.</summary>
internal sealed record TestObject(
    [property: JsonPropertyName("ID")] string Id,
    [property: JsonPropertyName("Status")] string Status,
    [property: JsonPropertyName("ModifyIndex")] ulong ModifyIndex);

[JsonSerializable(typeof(TestObject))]
internal sealed partial class WatchTestJsonContext : JsonSerializerContext;
