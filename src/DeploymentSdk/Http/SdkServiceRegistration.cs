using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Http;

/// <summary>
/// What every provider's <c>Add…Client</c> shares: the HttpClient name of a registration, the guard that adds a name's
/// handler chain once, keyed registration of its clients, and the <see cref="IApiClientFactory{TClient}"/>.
/// </summary>
/// <remarks>
/// Registering the same name twice layers the options (each call's configuration applies, later wins, as with
/// <c>services.Configure</c>) and keeps one pipeline: the handlers are added by the first call only. Different names
/// never share options, credentials or handlers.
/// </remarks>
internal static class SdkServiceRegistration
{
    /// <summary>The HttpClient name of a registration: the provider's name, and <c>:{name}</c> for a named one.</summary>
    public static string HttpClientName(string providerClientName, string? name) =>
        name is null ? providerClientName : $"{providerClientName}:{name}";

    /// <summary>The options name of a registration: <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the unnamed one.</summary>
    public static string OptionsName(string? name) => name ?? Microsoft.Extensions.Options.Options.DefaultName;

    /// <summary>Checks a name given by a caller.</summary>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public static void ValidateName(string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A client name must not be empty or white space; leave it out for the default client.", paramName);
        }
    }

    /// <summary>
    /// True the first time a provider's registration of <paramref name="name"/> is made in <paramref name="services"/>,
    /// false when it exists already (then the caller adds its options and nothing else).
    /// </summary>
    public static bool TryBegin(IServiceCollection services, string providerClientName, string? name)
    {
        var marker = new Registered(HttpClientName(providerClientName, name));
        if (services.Any(d => d.ServiceType == typeof(Registered) && Equals(d.ImplementationInstance, marker)))
        {
            return false;
        }

        services.AddSingleton(marker);
        return true;
    }

    /// <summary>
    /// Starts a provider's registration of <paramref name="name"/>: adds each options layer (environment, configuration,
    /// code — lowest precedence first) to the name's options, and says whether the name is new (then the caller adds
    /// its handler chain and clients) or registered already (then the layers are all it adds).
    /// </summary>
    /// <remarks>Configuration binding stays a provider's own layer, so the configuration binding generator sees it.</remarks>
    public static SdkRegistration<TOptions> Begin<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        IServiceCollection services,
        string providerClientName,
        string? name,
        params Action<OptionsBuilder<TOptions>>?[] layers)
        where TOptions : ApiClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsName = OptionsName(name);
        var options = services.AddOptions<TOptions>(optionsName);
        foreach (var layer in layers)
        {
            layer?.Invoke(options);
        }

        var isNew = TryBegin(services, providerClientName, name);

        // One redactor per registration, kept across configuration reloads so that earlier tokens stay known.
        var redactor = new SecretRedactor();
        if (isNew)
        {
            options.ValidateOnStart();
            options.PostConfigure(o => o.Redactor = redactor);
        }

        return new SdkRegistration<TOptions>(options, name, optionsName, HttpClientName(providerClientName, name), isNew, redactor);
    }

    /// <summary>The current options of a registration (re-read after a configuration reload).</summary>
    public static TOptions CurrentOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, string optionsName)
        where TOptions : class =>
        services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(optionsName);

    /// <summary>A client of the registration: the default one, or the one keyed by <paramref name="name"/>.</summary>
    public static TClient Resolve<TClient>(IServiceProvider services, string? name)
        where TClient : notnull =>
        name is null ? services.GetRequiredService<TClient>() : services.GetRequiredKeyedService<TClient>(name);

    /// <summary>Registers a client of a registration: unkeyed for the default, keyed by <paramref name="name"/> otherwise.</summary>
    public static void AddClient<TClient>(IServiceCollection services, string? name, Func<IServiceProvider, TClient> create)
        where TClient : class
    {
        if (name is null)
        {
            services.AddTransient(create);
        }
        else
        {
            services.AddKeyedTransient<TClient>(name, (sp, _) => create(sp));
        }
    }

    /// <summary>Registers the <see cref="IApiClientFactory{TClient}"/> of a client type (once).</summary>
    public static void AddFactory<TClient>(IServiceCollection services, string providerName, string registrationMethod)
        where TClient : class =>
        services.TryAddSingleton<IApiClientFactory<TClient>>(sp => new KeyedApiClientFactory<TClient>(sp, providerName, registrationMethod));

    /// <summary>The registration marker; equal for the same provider and name.</summary>
    private sealed record Registered(string HttpClientName);

    private sealed class KeyedApiClientFactory<TClient>(IServiceProvider services, string providerName, string registrationMethod) : IApiClientFactory<TClient>
        where TClient : class
    {
        public TClient CreateClient(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            var client = name.Length == 0 ? services.GetService<TClient>() : services.GetKeyedService<TClient>(name);
            return client ?? throw new InvalidOperationException(name.Length == 0
                ? $"No default {providerName} client is registered; call services.{registrationMethod}(…)."
                : $"No {providerName} client is registered with the name '{name}'; call services.{registrationMethod}(\"{name}\", …).");
        }
    }
}

/// <summary>A provider registration under way: its options builder and names, and whether the name is new.</summary>
/// <param name="Options">The name's options builder.</param>
/// <param name="Name">The registration's name; null for the default.</param>
/// <param name="OptionsName">The options name.</param>
/// <param name="HttpClientName">The HttpClient name.</param>
/// <param name="IsNew">True the first time the name is registered.</param>
/// <param name="Redactor">The registration's redactor, set on its options (meaningful when <paramref name="IsNew"/>).</param>
internal sealed record SdkRegistration<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
    OptionsBuilder<TOptions> Options, string? Name, string OptionsName, string HttpClientName, bool IsNew, SecretRedactor Redactor)
    where TOptions : ApiClientOptions;
