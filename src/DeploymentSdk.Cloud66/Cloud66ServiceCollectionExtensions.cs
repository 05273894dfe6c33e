using System.Net;
using DeploymentSdk.Cloud66;
using DeploymentSdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Cloud66 clients with dependency injection.</summary>
public static class Cloud66ServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the Cloud66 clients use, for <c>IHttpClientFactory</c> configuration.</summary>
    public const string HttpClientName = "DeploymentSdk.Cloud66";

    /// <summary>
    /// Registers <see cref="ICloud66DeploymentsClient"/> and <see cref="Cloud66Client"/>, configured by
    /// <paramref name="configure"/>. Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, at least the token.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers.</returns>
    /// <example>
    /// <code>
    /// services.AddCloud66Client(o => o.AccessToken = builder.Configuration["Cloud66:AccessToken"]);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddCloud66Client(this IServiceCollection services, Action<Cloud66ClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<Cloud66ClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddCore(services, options);
    }

    /// <summary>
    /// Registers <see cref="ICloud66DeploymentsClient"/> and <see cref="Cloud66Client"/> with options
    /// bound from <paramref name="configuration"/> (keys <c>BaseAddress</c>, <c>AccessToken</c>, <c>Timeout</c>,
    /// <c>MaxResponseBytes</c>), then <paramref name="configure"/>. Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind, for example <c>Configuration.GetSection("Cloud66")</c>.</param>
    /// <param name="configure">Applied after binding, so explicit settings win.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddCloud66Client(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<Cloud66ClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<Cloud66ClientOptions>().Bind(configuration);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddCore(services, options);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, OptionsBuilder<Cloud66ClientOptions> options)
    {
        options.ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<Cloud66ClientOptions>, Cloud66ClientOptionsValidator>());

        if (services.Any(d => d.ServiceType == typeof(Cloud66Registration)))
        {
            // A second call adds its configuration only; the handlers are already in place.
            return services.AddHttpClient(HttpClientName);
        }

        services.AddSingleton<Cloud66Registration>();
        var builder = services.AddHttpClient(HttpClientName)
            .AddSdkPipeline(
                static _ => new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                },
                static sp => CreateCredentialHandler(sp.GetRequiredService<IOptions<Cloud66ClientOptions>>().Value),
                "Authorization");
        builder.AddTypedClient<ICloud66DeploymentsClient>(
            static (http, sp) => new Cloud66DeploymentsClient(http, sp.GetRequiredService<IOptions<Cloud66ClientOptions>>().Value));
        services.TryAddTransient(static sp => new Cloud66Client(sp.GetRequiredService<ICloud66DeploymentsClient>(), owner: null));
        return builder;
    }

    private static OriginScopedCredentialHandler CreateCredentialHandler(Cloud66ClientOptions options)
    {
        var token = options.AccessToken;
        var provider = options.AccessTokenProvider;
        return new OriginScopedCredentialHandler(options.NormalizedBaseAddress, "Authorization", async cancellationToken =>
        {
            var value = provider is null ? token : await provider(cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(value) ? null : "Bearer " + value;
        });
    }

    /// <summary>Marks that the handlers of the Cloud66 client are registered.</summary>
    private sealed class Cloud66Registration;
}
