using DeploymentSdk;
using DeploymentSdk.Diagnostics;
using DeploymentSdk.Http;
using DeploymentSdk.Nomad;
using DeploymentSdk.Nomad.Events;
using DeploymentSdk.Nomad.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
    /// <para>The pipeline: each request carries its own timeout (<see cref="ApiClientOptions.RequestTimeout"/>, or
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
    /// builder.Services.AddNomadClient(o =&gt; o.Address = new Uri("https://nomad.example.com:4646"));
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

    /// <summary>
    /// Registers the Nomad clients of one more cluster under <paramref name="name"/>: resolve them as keyed services
    /// (<c>[FromKeyedServices("eu-west")] INomadClient</c>, and each typed client the same way) or through
    /// <see cref="IApiClientFactory{TClient}"/> of <see cref="INomadClient"/> for a name known at run time.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The cluster's name; not empty.</param>
    /// <param name="configure">Sets the cluster's options; the <c>NOMAD_*</c> environment variables do not apply to a named client.</param>
    /// <returns>The builder of this name's HttpClient (<c>DeploymentSdk.Nomad:{name}</c>).</returns>
    /// <remarks>
    /// Each name has its own options (named options), validator, credentials and handler chain; a token is sent only to
    /// the address of its own name. Registering the same name again layers the options (later calls win) and keeps one
    /// handler chain.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <example>
    /// <code>
    /// services.AddNomadClient("eu-west", o =&gt; { o.Address = new Uri("https://nomad.eu-west.example.com:4646"); o.Token = euToken; });
    /// services.AddNomadClient("us-east", configuration.GetSection("Nomad:UsEast"));
    /// // later: public Deployer([FromKeyedServices("eu-west")] INomadClient eu, IApiClientFactory&lt;INomadClient&gt; clusters)
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddNomadClient(this IServiceCollection services, string name, Action<NomadClientOptions> configure)
    {
        SdkServiceRegistration.ValidateName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configure);
        return AddNomadClient(services, name, configuration: null, configure, getEnvironmentVariable: null);
    }

    /// <summary>
    /// Registers the Nomad clients of one more cluster under <paramref name="name"/>, with options bound from
    /// <paramref name="configuration"/> and then <paramref name="configure"/>; see
    /// <see cref="AddNomadClient(IServiceCollection, string, Action{NomadClientOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The cluster's name; not empty.</param>
    /// <param name="configuration">The cluster's configuration section (<c>Address</c>, <c>Token</c>, …); reloaded values apply to the next request.</param>
    /// <param name="configure">Sets options explicitly; runs last, so it wins.</param>
    /// <returns>The builder of this name's HttpClient.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddNomadClient(
        this IServiceCollection services,
        string name,
        IConfiguration configuration,
        Action<NomadClientOptions>? configure = null)
    {
        SdkServiceRegistration.ValidateName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configuration);
        return AddNomadClient(services, name, configuration, configure, getEnvironmentVariable: null);
    }

    internal static IHttpClientBuilder AddNomadClient(
        IServiceCollection services,
        IConfiguration? configuration,
        Action<NomadClientOptions>? configure,
        Func<string, string?> getEnvironmentVariable) =>
        AddNomadClient(services, name: null, configuration, configure, getEnvironmentVariable);

    internal static IHttpClientBuilder AddNomadClient(
        IServiceCollection services,
        string? name,
        IConfiguration? configuration,
        Action<NomadClientOptions>? configure,
        Func<string, string?>? getEnvironmentVariable)
    {
        // Precedence, lowest first: built-in defaults, NOMAD_* variables (default client only), configuration, explicit code.
        var registration = SdkServiceRegistration.Begin<NomadClientOptions>(
            services,
            HttpClientName,
            name,
            getEnvironmentVariable is null ? null : o => o.Configure(options => NomadEnvironment.Apply(options, getEnvironmentVariable)),
            configuration is null ? null : o => o.Bind(configuration),
            configure is null ? null : o => o.Configure(configure));
        var (optionsName, httpClientName) = (registration.OptionsName, registration.HttpClientName);
        if (!registration.IsNew)
        {
            // The same name again: its options are layered above; the handlers and clients exist already.
            return services.AddHttpClient(httpClientName);
        }

        services.AddSingleton<IValidateOptions<NomadClientOptions>>(new NomadClientOptionsValidator(
            optionsName,
            new OptionSource(
                configuration is null ? null : key => configuration[key],
                configuration is null ? null : key => configuration.GetSection(key).Path,
                getEnvironmentVariable,
                NomadClientOptionsValidator.Variables)));

        var builder = services.AddHttpClient(httpClientName)
            .AddSdkPipeline(
                sp => NomadPrimaryHandler.Create(Options(sp, optionsName)),
                sp =>
                {
                    var monitor = sp.GetRequiredService<IOptionsMonitor<NomadClientOptions>>();
                    var current = monitor.Get(optionsName);
                    var tokens = new SdkTokenSource(() => monitor.Get(optionsName).Token, () => monitor.Get(optionsName).TokenProvider, current.Redactor);
                    var logger = sp.GetService<ILoggerFactory>()?.CreateLogger(NomadTelemetry.Name);
                    if (logger is not null)
                    {
                        tokens.Refreshed += () => SdkLog.TokenRefreshed(logger, "Nomad");
                    }

                    var origin = NomadAddress.Parse(current.Address).BaseAddress;
                    return new TokenCredentialHandler(origin, "X-Nomad-Token", scheme: null, tokens, NomadPipeline.IsRejectedToken);
                },
                NomadTelemetry.Instance);

        NomadPipeline Pipeline(IServiceProvider sp) =>
            new(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName),
                Options(sp, optionsName),
                sp.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(httpClientName))
            {
                Logger = sp.GetService<ILoggerFactory>()?.CreateLogger(NomadTelemetry.Name) ?? NullLogger.Instance,
            };

        SdkServiceRegistration.AddClient<INomadJobsClient>(services, name, sp => new NomadJobsClient(Pipeline(sp)));
        SdkServiceRegistration.AddClient<INomadDeploymentsClient>(services, name, sp => new NomadDeploymentsClient(Pipeline(sp)));
        SdkServiceRegistration.AddClient<INomadAllocationsClient>(services, name, sp => new NomadAllocationsClient(Pipeline(sp)));
        SdkServiceRegistration.AddClient<INomadEvaluationsClient>(services, name, sp => new NomadEvaluationsClient(Pipeline(sp)));
        SdkServiceRegistration.AddClient<INomadEventsClient>(services, name, sp => new NomadEventsClient(Pipeline(sp), sp.GetService<TimeProvider>()));
        SdkServiceRegistration.AddClient<INomadStatusClient>(services, name, sp => new NomadStatusClient(Pipeline(sp)));
        SdkServiceRegistration.AddClient<INomadAllocationFilesClient>(services, name, sp => new NomadAllocationFilesClient(Pipeline(sp)));
        SdkServiceRegistration.AddClient<INomadClient>(services, name, sp => new NomadClient(
            Resolve<INomadJobsClient>(sp, name),
            Resolve<INomadDeploymentsClient>(sp, name),
            Resolve<INomadAllocationsClient>(sp, name),
            Resolve<INomadEvaluationsClient>(sp, name),
            Resolve<INomadEventsClient>(sp, name),
            Resolve<INomadStatusClient>(sp, name))
        {
            AllocationFiles = Resolve<INomadAllocationFilesClient>(sp, name),
        });
        SdkServiceRegistration.AddFactory<INomadClient>(services, "Nomad", nameof(AddNomadClient));
        SdkServiceRegistration.AddFactory<INomadJobsClient>(services, "Nomad", nameof(AddNomadClient));
        SdkServiceRegistration.AddFactory<INomadDeploymentsClient>(services, "Nomad", nameof(AddNomadClient));
        SdkServiceRegistration.AddFactory<INomadAllocationsClient>(services, "Nomad", nameof(AddNomadClient));
        SdkServiceRegistration.AddFactory<INomadEvaluationsClient>(services, "Nomad", nameof(AddNomadClient));
        SdkServiceRegistration.AddFactory<INomadEventsClient>(services, "Nomad", nameof(AddNomadClient));
        SdkServiceRegistration.AddFactory<INomadStatusClient>(services, "Nomad", nameof(AddNomadClient));
        SdkServiceRegistration.AddFactory<INomadAllocationFilesClient>(services, "Nomad", nameof(AddNomadClient));
        return builder;
    }

    private static T Resolve<T>(IServiceProvider services, string? name)
        where T : notnull =>
        SdkServiceRegistration.Resolve<T>(services, name);

    private static NomadClientOptions Options(IServiceProvider services, string optionsName) =>
        SdkServiceRegistration.CurrentOptions<NomadClientOptions>(services, optionsName);
}
