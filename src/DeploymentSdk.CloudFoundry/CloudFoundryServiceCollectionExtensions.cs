using System.Net;
using DeploymentSdk;
using DeploymentSdk.CloudFoundry;
using DeploymentSdk.CloudFoundry.Authentication.Uaa;
using DeploymentSdk.CloudFoundry.Http;
using DeploymentSdk.Diagnostics;
using DeploymentSdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Cloud Foundry clients.</summary>
public static class CloudFoundryServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the Cloud Foundry clients use (for <c>IHttpClientFactory</c> configuration).</summary>
    public const string HttpClientName = "DeploymentSdk.CloudFoundry";

    /// <summary>The name of the <see cref="HttpClient"/> <see cref="UaaTokenSource"/> uses.</summary>
    public const string UaaHttpClientName = "DeploymentSdk.CloudFoundry.Uaa";

    /// <summary>
    /// Registers <see cref="ICloudFoundryDeploymentsClient"/> with the SDK's HTTP pipeline (retries of safe requests,
    /// redirects that never carry the token to another origin, token renewal on <c>401 CF-InvalidAuthToken</c>) and
    /// validates <see cref="CloudFoundryClientOptions"/> when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options in code; runs after any configuration binding.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers or configure it further.</returns>
    /// <remarks>
    /// The token comes from an <see cref="ICloudFoundryTokenSource"/> service when one is registered, otherwise from
    /// <see cref="ApiClientOptions.TokenProvider"/> or <see cref="ApiClientOptions.Token"/>.
    /// Calling this method again only adds <paramref name="configure"/>.
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddCloudFoundryClient(o =&gt;
    /// {
    ///     o.Address = new Uri("https://api.sys.example.com");
    ///     o.TokenProvider = ct =&gt; tokens.GetAsync(ct);
    /// });
    /// // later: public MyService(ICloudFoundryDeploymentsClient deployments) { ... }
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddCloudFoundryClient(this IServiceCollection services, Action<CloudFoundryClientOptions>? configure = null) =>
        AddCore(services, name: null, configuration: null, configure);

    /// <summary>
    /// Registers the Cloud Foundry clients with options bound from <paramref name="configuration"/> (for example the
    /// <c>CloudFoundry</c> section: <c>Address</c>, <c>Token</c>, <c>RequestTimeout</c>, <c>MaxResponseBytes</c>),
    /// then <paramref name="configure"/>; see <see cref="AddCloudFoundryClient(IServiceCollection, Action{CloudFoundryClientOptions}?)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind.</param>
    /// <param name="configure">Sets the options in code after binding, for example the <see cref="ApiClientOptions.TokenProvider"/>.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddCloudFoundryClient(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<CloudFoundryClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, name: null, configuration, configure);
    }

    /// <summary>
    /// Registers the Cloud Foundry clients of one more foundation under <paramref name="name"/>: resolve them as keyed
    /// services (<c>[FromKeyedServices("prod")] ICloudFoundryDeploymentsClient</c>) or through <see cref="IApiClientFactory{TClient}"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The foundation's name; not empty.</param>
    /// <param name="configure">Sets the foundation's options, including its token or token provider.</param>
    /// <returns>The builder of this name's HttpClient (<c>DeploymentSdk.CloudFoundry:{name}</c>).</returns>
    /// <remarks>
    /// Each name has its own options, validator, token and handler chain; a registered <see cref="ICloudFoundryTokenSource"/>
    /// service belongs to the default client only. Registering a name again layers its options and keeps one chain.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddCloudFoundryClient(this IServiceCollection services, string name, Action<CloudFoundryClientOptions> configure)
    {
        SdkServiceRegistration.ValidateName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, name, configuration: null, configure);
    }

    /// <summary>Registers the Cloud Foundry clients of one more foundation under <paramref name="name"/>, bound from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The foundation's name; not empty.</param>
    /// <param name="configuration">The foundation's configuration section.</param>
    /// <param name="configure">Sets the options in code after binding.</param>
    /// <returns>The builder of this name's HttpClient.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddCloudFoundryClient(
        this IServiceCollection services,
        string name,
        IConfiguration configuration,
        Action<CloudFoundryClientOptions>? configure = null)
    {
        SdkServiceRegistration.ValidateName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, name, configuration, configure);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string? name, IConfiguration? configuration, Action<CloudFoundryClientOptions>? configure)
    {
        var registration = SdkServiceRegistration.Begin<CloudFoundryClientOptions>(
            services,
            HttpClientName,
            name,
            configuration is null ? null : o => o.Bind(configuration),
            configure is null ? null : o => o.Configure(configure));
        var (optionsName, httpClientName) = (registration.OptionsName, registration.HttpClientName);
        if (!registration.IsNew)
        {
            // The same name again: its options are layered above; the handlers and clients exist already.
            return services.AddHttpClient(httpClientName);
        }

        var redactor = registration.Redactor;
        var source = OptionSource.FromConfiguration(configuration);
        services.AddSingleton<IValidateOptions<CloudFoundryClientOptions>>(sp => new CloudFoundryClientOptionsValidator(sp, optionsName, source));

        // The registration's credential: a singleton, so a token from the token source survives handler rotation.
        services.AddKeyedSingleton(httpClientName, (sp, _) => CreateTokenSource(sp, name, optionsName, redactor));

        var builder = services.AddHttpClient(httpClientName)
            .AddSdkPipeline(
                sp => SdkPrimaryHandler.Create(new PrimaryHandlerSettings { MaxConnectionsPerServer = Options(sp, optionsName).MaxConnectionsPerServer }),
                sp => new TokenCredentialHandler(
                    Options(sp, optionsName).Address!,
                    "Authorization",
                    "Bearer",
                    sp.GetRequiredKeyedService<SdkTokenSource>(httpClientName),
                    CloudFoundryErrors.IsExpiredToken),
                CloudFoundryTelemetry.Instance);
        SdkServiceRegistration.AddClient<ICloudFoundryDeploymentsClient>(services, name, sp =>
            new CloudFoundryDeploymentsClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), Options(sp, optionsName)));
        SdkServiceRegistration.AddFactory<ICloudFoundryDeploymentsClient>(services, CloudFoundryPipeline.ProviderName, nameof(AddCloudFoundryClient));
        DeploymentSdk.CloudFoundry.Resources.CloudFoundryResourceClients.Register(services, name, httpClientName, sp => Options(sp, optionsName));
        return builder;
    }

    private static CloudFoundryClientOptions Options(IServiceProvider services, string optionsName) =>
        SdkServiceRegistration.CurrentOptions<CloudFoundryClientOptions>(services, optionsName);

    /// <summary>
    /// Registers <see cref="UaaTokenSource"/> as the <see cref="ICloudFoundryTokenSource"/> of the Cloud Foundry clients
    /// (leave <see cref="ApiClientOptions.Token"/> and <see cref="ApiClientOptions.TokenProvider"/>
    /// unset), and validates <see cref="UaaTokenSourceOptions"/> when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options in code; runs after any configuration binding.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddCloudFoundryUaaTokenSource(this IServiceCollection services, Action<UaaTokenSourceOptions>? configure = null) =>
        AddUaaTokenSource(services, configuration: null, configure);

    private static IServiceCollection AddUaaTokenSource(IServiceCollection services, IConfiguration? configuration, Action<UaaTokenSourceOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<UaaTokenSourceOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration);

            // The messages name the configuration keys of the latest bound section.
            services.RemoveAll<IValidateOptions<UaaTokenSourceOptions>>();
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UaaTokenSourceOptions>, UaaTokenSourceOptionsValidator>(
            _ => new UaaTokenSourceOptionsValidator(OptionSource.FromConfiguration(configuration))));
        var client = services.AddHttpClient(UaaHttpClientName)
            .ConfigureHttpClient(static http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .RedactLoggedHeaders(["Authorization"]);

        // A host-wide resilience handler would retry token requests, and a rotated refresh token can be used only once.
#pragma warning disable EXTEXP0001 // Experimental in Microsoft.Extensions.Http.Resilience; the core uses it the same way.
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.TryAddSingleton<ICloudFoundryTokenSource>(static sp => new UaaTokenSource(
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(UaaHttpClientName),
            sp.GetRequiredService<IOptions<UaaTokenSourceOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }

    /// <summary>
    /// Registers <see cref="UaaTokenSource"/> with options bound from <paramref name="configuration"/> (<c>UaaAddress</c>,
    /// <c>ClientId</c>, <c>ClientSecret</c>, <c>RefreshToken</c>, <c>RequestTimeout</c>), then <paramref name="configure"/>;
    /// see <see cref="AddCloudFoundryUaaTokenSource(IServiceCollection, Action{UaaTokenSourceOptions}?)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind.</param>
    /// <param name="configure">Sets the options in code after binding.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddCloudFoundryUaaTokenSource(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<UaaTokenSourceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddUaaTokenSource(services, configuration, configure);
    }

    /// <summary>
    /// The registration's credential: the options' <see cref="ApiClientOptions.Token"/> (re-read on configuration
    /// reload) or <see cref="ApiClientOptions.TokenProvider"/> (asked per request), or — for the default client — a
    /// registered <see cref="ICloudFoundryTokenSource"/> (UAA), whose tokens are kept until they are due and fetched
    /// single-flight and paced.
    /// </summary>
    private static SdkTokenSource CreateTokenSource(IServiceProvider services, string? name, string optionsName, SecretRedactor redactor)
    {
        var monitor = services.GetRequiredService<IOptionsMonitor<CloudFoundryClientOptions>>();

        // A token source service is the default client's; a named client's token comes from its own options only.
        var platform = name is null && services.GetService<ICloudFoundryTokenSource>() is { } source
            ? new PlatformTokenCache(
                async cancellationToken =>
                {
                    var token = await source.GetTokenAsync(cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException("The Cloud Foundry token source returned no token.");
                    return new PlatformToken(token.Value, token.ExpiresOn);
                },
                monitor.Get(optionsName).RequestTimeout,
                services.GetService<TimeProvider>() ?? TimeProvider.System)
            : null;
        var tokens = new SdkTokenSource(() => monitor.Get(optionsName).Token, () => monitor.Get(optionsName).TokenProvider, redactor, platform);
        if (services.GetService<ILoggerFactory>()?.CreateLogger(CloudFoundryTelemetry.Name) is { } logger)
        {
            tokens.Refreshed += () => SdkLog.TokenRefreshed(logger, CloudFoundryPipeline.ProviderName);
        }

        return tokens;
    }
}
