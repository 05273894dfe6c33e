using DeploymentSdk.Http;
using DeploymentSdk.Nomad;
using DeploymentSdk.Nomad.Events;
using DeploymentSdk.Nomad.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Nomad clients with dependency injection.</summary>
public static class NomadServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient all Nomad clients share.</summary>
    public const string HttpClientName = "DeploymentSdk.Nomad";

    /// <summary>
    /// Registers <see cref="INomadClient"/> and the typed clients <see cref="INomadJobsClient"/>,
    /// <see cref="INomadDeploymentsClient"/>, <see cref="INomadAllocationsClient"/>, <see cref="INomadEvaluationsClient"/>, <see cref="INomadEventsClient"/> and <see cref="INomadStatusClient"/>,
    /// configured from the <c>NOMAD_*</c> environment variables and then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options explicitly; runs last, so it wins.</param>
    /// <returns>The builder of the HttpClient the Nomad clients share, to add handlers to.</returns>
    /// <remarks>
    /// <para>The pipeline: each request carries its own timeout (<see cref="NomadClientOptions.RequestTimeout"/>, or
    /// a blocking query's wait + wait/16 + that), so <see cref="HttpClient.Timeout"/> is off. Reads, and writes with an
    /// <see cref="NomadWriteOptions.IdempotencyToken"/>, are retried up to 3 times on transient failures with
    /// exponential backoff and jitter, honouring <c>Retry-After</c> up to 30 s; other writes and long polls are not.</para>
    /// <para>A resilience handler added to every client by the host (<c>ConfigureHttpClientDefaults(b =&gt;
    /// b.AddStandardResilienceHandler())</c>, as Aspire does) is replaced by this one, because its 10 s attempt timeout
    /// would cut blocking queries. To use your own, call <c>RemoveAllResilienceHandlers()</c> on the returned builder and
    /// add it.</para>
    /// <para>The token is sent only to the configured address (never to a redirect target elsewhere) and is redacted
    /// from IHttpClientFactory's logs.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddNomadClient(o =&gt; o.Address = "https://nomad.example.com:4646");
    /// // later: public MyService(INomadClient nomad) { ... }
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddNomadClient(this IServiceCollection services, Action<NomadClientOptions>? configure = null) =>
        AddNomadClient(services, configuration: null, configure, Environment.GetEnvironmentVariable);

    /// <summary>
    /// Registers the Nomad clients as <see cref="AddNomadClient(IServiceCollection, Action{NomadClientOptions}?)"/> does,
    /// binding options from <paramref name="configuration"/> (for example the <c>Nomad</c> section of appsettings.json)
    /// over the environment variables, and applying <paramref name="configure"/> last.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section with <see cref="NomadClientOptions"/> keys (<c>Address</c>, <c>Token</c>, …).</param>
    /// <param name="configure">Sets options explicitly; runs last, so it wins.</param>
    /// <returns>The builder of the HttpClient the Nomad clients share.</returns>
    public static IHttpClientBuilder AddNomadClient(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<NomadClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddNomadClient(services, configuration, configure, Environment.GetEnvironmentVariable);
    }

    internal static IHttpClientBuilder AddNomadClient(
        IServiceCollection services,
        IConfiguration? configuration,
        Action<NomadClientOptions>? configure,
        Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Precedence, lowest first: built-in defaults, NOMAD_* variables, configuration, explicit code.
        var options = services.AddOptions<NomadClientOptions>()
            .Configure(o => NomadEnvironment.Apply(o, getEnvironmentVariable));
        if (configuration is not null)
        {
            options.Bind(configuration);
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<NomadClientOptions>, NomadClientOptionsValidator>();

        var builder = services.AddHttpClient(HttpClientName)
            .AddSdkPipeline(
                sp => NomadPrimaryHandler.Create(Options(sp)),
                sp =>
                {
                    var nomad = Options(sp);
                    var origin = NomadAddress.Parse(nomad.Address).BaseAddress;
                    return new OriginScopedCredentialHandler(origin, "X-Nomad-Token", _ => ValueTask.FromResult(nomad.Token));
                },
                "X-Nomad-Token");

        builder.AddTypedClient<INomadJobsClient>((http, sp) => new NomadJobsClient(new NomadPipeline(http, Options(sp))));
        builder.AddTypedClient<INomadDeploymentsClient>((http, sp) => new NomadDeploymentsClient(new NomadPipeline(http, Options(sp))));
        builder.AddTypedClient<INomadAllocationsClient>((http, sp) => new NomadAllocationsClient(new NomadPipeline(http, Options(sp))));
        builder.AddTypedClient<INomadEvaluationsClient>((http, sp) => new NomadEvaluationsClient(new NomadPipeline(http, Options(sp))));
        builder.AddTypedClient<INomadEventsClient>((http, sp) => new NomadEventsClient(new NomadPipeline(http, Options(sp))));
        builder.AddTypedClient<INomadStatusClient>((http, sp) => new NomadStatusClient(new NomadPipeline(http, Options(sp))));
        builder.AddTypedClient<INomadAllocationFilesClient>((http, sp) => new NomadAllocationFilesClient(new NomadPipeline(http, Options(sp))));
        services.AddTransient<INomadClient>(sp => new NomadClient(
            sp.GetRequiredService<INomadJobsClient>(),
            sp.GetRequiredService<INomadDeploymentsClient>(),
            sp.GetRequiredService<INomadAllocationsClient>(),
            sp.GetRequiredService<INomadEvaluationsClient>(),
            sp.GetRequiredService<INomadEventsClient>(),
            sp.GetRequiredService<INomadStatusClient>())
        {
            AllocationFiles = sp.GetRequiredService<INomadAllocationFilesClient>(),
        });
        return builder;
    }

    private static NomadClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<NomadClientOptions>>().Value;
}
