using System.Net;
using DeploymentSdk.CloudFoundry;
using DeploymentSdk.CloudFoundry.Authentication;
using DeploymentSdk.CloudFoundry.Authentication.Uaa;
using DeploymentSdk.CloudFoundry.Http;
using DeploymentSdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    /// <see cref="CloudFoundryClientOptions.AccessTokenProvider"/> or <see cref="CloudFoundryClientOptions.AccessToken"/>.
    /// Calling this method again only adds <paramref name="configure"/>.
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddCloudFoundryClient(o =&gt;
    /// {
    ///     o.ApiAddress = new Uri("https://api.sys.example.com");
    ///     o.AccessTokenProvider = ct =&gt; tokens.GetAsync(ct);
    /// });
    /// // later: public MyService(ICloudFoundryDeploymentsClient deployments) { ... }
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddCloudFoundryClient(this IServiceCollection services, Action<CloudFoundryClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CloudFoundryClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(service => service.ServiceType == typeof(CloudFoundryTokenCacheHolder)))
        {
            return services.AddHttpClient(HttpClientName);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CloudFoundryClientOptions>, CloudFoundryClientOptionsValidator>());
        services.AddSingleton(static sp => new CloudFoundryTokenCacheHolder(CreateTokenCache(sp)));

        var builder = services.AddHttpClient(HttpClientName)
            .AddSdkPipeline(
                static _ => new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                },
                static sp => new CloudFoundryCredentialHandler(
                    sp.GetRequiredService<IOptions<CloudFoundryClientOptions>>().Value.ApiAddress!,
                    sp.GetRequiredService<CloudFoundryTokenCacheHolder>().Cache),
                "Authorization");
        builder.AddTypedClient<ICloudFoundryDeploymentsClient>(static (http, sp) =>
            new CloudFoundryDeploymentsClient(http, sp.GetRequiredService<IOptions<CloudFoundryClientOptions>>().Value));
        return builder;
    }

    /// <summary>
    /// Registers the Cloud Foundry clients with options bound from <paramref name="configuration"/> (for example the
    /// <c>CloudFoundry</c> section: <c>ApiAddress</c>, <c>AccessToken</c>, <c>RequestTimeout</c>, <c>MaxResponseBytes</c>),
    /// then <paramref name="configure"/>; see <see cref="AddCloudFoundryClient(IServiceCollection, Action{CloudFoundryClientOptions}?)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind.</param>
    /// <param name="configure">Sets the options in code after binding, for example the <see cref="CloudFoundryClientOptions.AccessTokenProvider"/>.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddCloudFoundryClient(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<CloudFoundryClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CloudFoundryClientOptions>().Bind(configuration);
        return services.AddCloudFoundryClient(configure);
    }

    /// <summary>
    /// Registers <see cref="UaaTokenSource"/> as the <see cref="ICloudFoundryTokenSource"/> of the Cloud Foundry clients
    /// (leave <see cref="CloudFoundryClientOptions.AccessToken"/> and <see cref="CloudFoundryClientOptions.AccessTokenProvider"/>
    /// unset), and validates <see cref="UaaTokenSourceOptions"/> when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options in code; runs after any configuration binding.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddCloudFoundryUaaTokenSource(this IServiceCollection services, Action<UaaTokenSourceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<UaaTokenSourceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UaaTokenSourceOptions>, UaaTokenSourceOptionsValidator>());
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
        services.AddOptions<UaaTokenSourceOptions>().Bind(configuration);
        return services.AddCloudFoundryUaaTokenSource(configure);
    }

    private static CloudFoundryTokenCache? CreateTokenCache(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CloudFoundryClientOptions>>().Value;
        ICloudFoundryTokenSource? source = services.GetService<ICloudFoundryTokenSource>();
        if (source is null && options.AccessTokenProvider is { } provider)
        {
            source = new DelegateTokenSource(provider);
        }
        else if (source is null && !string.IsNullOrWhiteSpace(options.AccessToken))
        {
            source = new StaticTokenSource(options.AccessToken);
        }

        return source is null
            ? null
            : new CloudFoundryTokenCache(source, options.RequestTimeout, services.GetService<TimeProvider>() ?? TimeProvider.System);
    }

    /// <summary>The registration's token cache (null without a token); a singleton so the token survives handler rotation.</summary>
    private sealed record CloudFoundryTokenCacheHolder(CloudFoundryTokenCache? Cache);
}
