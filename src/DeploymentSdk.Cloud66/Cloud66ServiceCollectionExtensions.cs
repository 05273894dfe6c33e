using DeploymentSdk;
using DeploymentSdk.Cloud66;
using DeploymentSdk.Cloud66.Http;
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
    /// services.AddCloud66Client(o => o.Token = builder.Configuration["Cloud66:Token"]);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddCloud66Client(this IServiceCollection services, Action<Cloud66ClientOptions>? configure = null) =>
        AddCore(services, name: null, configuration: null, configure);

    /// <summary>
    /// Registers <see cref="ICloud66DeploymentsClient"/> and <see cref="Cloud66Client"/> with options
    /// bound from <paramref name="configuration"/> (keys <c>Address</c>, <c>Token</c>, <c>RequestTimeout</c>,
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
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, name: null, configuration, configure);
    }

    /// <summary>
    /// Registers the Cloud66 clients of one more account under <paramref name="name"/>: resolve them as keyed services
    /// (<c>[FromKeyedServices("ops")] Cloud66Client</c>) or through <see cref="IApiClientFactory{TClient}"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name; not empty.</param>
    /// <param name="configure">Sets the account's options.</param>
    /// <returns>The builder of this name's HttpClient (<c>DeploymentSdk.Cloud66:{name}</c>).</returns>
    /// <remarks>Each name has its own options, validator, token and handler chain; registering a name again layers its options and keeps one chain.</remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddCloud66Client(this IServiceCollection services, string name, Action<Cloud66ClientOptions> configure)
    {
        SdkServiceRegistration.ValidateName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, name, configuration: null, configure);
    }

    /// <summary>Registers the Cloud66 clients of one more account under <paramref name="name"/>, bound from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name; not empty.</param>
    /// <param name="configuration">The account's configuration section; a reloaded token is sent from the next request on.</param>
    /// <param name="configure">Applied after binding, so explicit settings win.</param>
    /// <returns>The builder of this name's HttpClient.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddCloud66Client(
        this IServiceCollection services,
        string name,
        IConfiguration configuration,
        Action<Cloud66ClientOptions>? configure = null)
    {
        SdkServiceRegistration.ValidateName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, name, configuration, configure);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string? name, IConfiguration? configuration, Action<Cloud66ClientOptions>? configure)
    {
        var registration = SdkServiceRegistration.Begin<Cloud66ClientOptions>(
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
        services.AddSingleton<IValidateOptions<Cloud66ClientOptions>>(new Cloud66ClientOptionsValidator(optionsName, OptionSource.FromConfiguration(configuration)));

        var builder = services.AddHttpClient(httpClientName)
            .AddSdkPipeline(
                sp => SdkPrimaryHandler.Create(new PrimaryHandlerSettings { MaxConnectionsPerServer = Options(sp, optionsName).MaxConnectionsPerServer }),
                sp =>
                {
                    var monitor = sp.GetRequiredService<IOptionsMonitor<Cloud66ClientOptions>>();
                    var tokens = new SdkTokenSource(
                        () => monitor.Get(optionsName).Token,
                        () => monitor.Get(optionsName).TokenProvider,
                        redactor);

                    // Cloud66 answers 401 to a revoked or expired token: asking the source once more may help; a 403 (scope) would not.
                    return new TokenCredentialHandler(monitor.Get(optionsName).NormalizedAddress, "Authorization", "Bearer", tokens, static (status, _) => status == 401);
                },
                Cloud66Telemetry.Instance);
        SdkServiceRegistration.AddClient<ICloud66DeploymentsClient>(services, name, sp =>
            new Cloud66DeploymentsClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), Options(sp, optionsName)));
        SdkServiceRegistration.AddClient<ICloud66StacksClient>(services, name, sp =>
            new Cloud66StacksClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), Options(sp, optionsName)));
        SdkServiceRegistration.AddClient(services, name, sp => new Cloud66Client(SdkServiceRegistration.Resolve<ICloud66DeploymentsClient>(sp, name), owner: null)
        {
            Stacks = SdkServiceRegistration.Resolve<ICloud66StacksClient>(sp, name),
        });
        SdkServiceRegistration.AddFactory<Cloud66Client>(services, Cloud66Pipeline.ProviderName, nameof(AddCloud66Client));
        SdkServiceRegistration.AddFactory<ICloud66DeploymentsClient>(services, Cloud66Pipeline.ProviderName, nameof(AddCloud66Client));
        SdkServiceRegistration.AddFactory<ICloud66StacksClient>(services, Cloud66Pipeline.ProviderName, nameof(AddCloud66Client));
        return builder;
    }

    private static Cloud66ClientOptions Options(IServiceProvider services, string optionsName) =>
        SdkServiceRegistration.CurrentOptions<Cloud66ClientOptions>(services, optionsName);
}
