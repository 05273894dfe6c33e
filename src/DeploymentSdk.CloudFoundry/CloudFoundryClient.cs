using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry clients for an app without dependency injection (a console app, a script). With a host, use
/// <c>services.AddCloudFoundryClient(…)</c> and inject <see cref="ICloudFoundryDeploymentsClient"/> instead.
/// </summary>
/// <example>
/// <code>
/// using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions
/// {
///     Address = new Uri("https://api.sys.example.com"),
///     Token = Environment.GetEnvironmentVariable("CF_TOKEN"),
/// });
/// var deployment = await cf.Deployments.GetAsync(guid);
/// </code>
/// </example>
public sealed class CloudFoundryClient : IDisposable
{
    private readonly ServiceProvider _services;

    private CloudFoundryClient(ServiceProvider services)
    {
        _services = services;
        Deployments = services.GetRequiredService<ICloudFoundryDeploymentsClient>();
        Organizations = services.GetRequiredService<ICloudFoundryOrganizationsClient>();
        Spaces = services.GetRequiredService<ICloudFoundrySpacesClient>();
        Apps = services.GetRequiredService<ICloudFoundryAppsClient>();
        Droplets = services.GetRequiredService<ICloudFoundryDropletsClient>();
        Revisions = services.GetRequiredService<ICloudFoundryRevisionsClient>();
        Processes = services.GetRequiredService<ICloudFoundryProcessesClient>();
        AuditEvents = services.GetRequiredService<ICloudFoundryAuditEventsClient>();
    }

    /// <summary>The organizations client.</summary>
    public ICloudFoundryOrganizationsClient Organizations { get; }

    /// <summary>The spaces client.</summary>
    public ICloudFoundrySpacesClient Spaces { get; }

    /// <summary>The apps client (including find by name).</summary>
    public ICloudFoundryAppsClient Apps { get; }

    /// <summary>The droplets client.</summary>
    public ICloudFoundryDropletsClient Droplets { get; }

    /// <summary>The revisions client.</summary>
    public ICloudFoundryRevisionsClient Revisions { get; }

    /// <summary>The processes client (including instance stats).</summary>
    public ICloudFoundryProcessesClient Processes { get; }

    /// <summary>The audit events client (including instance crashes).</summary>
    public ICloudFoundryAuditEventsClient AuditEvents { get; }

    /// <summary>The deployments client.</summary>
    public ICloudFoundryDeploymentsClient Deployments { get; }

    /// <summary>
    /// Creates the clients with the same registration as <c>AddCloudFoundryClient</c> (pipeline, token handling,
    /// validation). Dispose the result to release its connections.
    /// </summary>
    /// <param name="options">The options; copied, so later changes have no effect.</param>
    /// <param name="tokenSource">A token source to use instead of the options' token, or null.</param>
    /// <returns>The clients.</returns>
    /// <exception cref="OptionsValidationException">The options are not valid; the message says what to change.</exception>
    /// <example>
    /// <code>
    /// using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions
    /// {
    ///     Address = new Uri("https://api.example.com"),
    ///     Token = Environment.GetEnvironmentVariable("CF_TOKEN"),   // `cf oauth-token` prints one
    /// });
    /// await foreach (var app in cf.Apps.ListAsync())
    ///     Console.WriteLine($"{app.Name}: {app.State}");
    /// </code>
    /// </example>
    public static CloudFoundryClient Create(CloudFoundryClientOptions options, ICloudFoundryTokenSource? tokenSource = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        if (tokenSource is not null)
        {
            services.AddSingleton(tokenSource);
        }

        services.AddCloudFoundryClient(copy =>
        {
            copy.Address = options.Address;
            copy.Token = options.Token;
            copy.TokenProvider = options.TokenProvider;
            copy.RequestTimeout = options.RequestTimeout;
            copy.MaxResponseBytes = options.MaxResponseBytes;
            copy.MaxConnectionsPerServer = options.MaxConnectionsPerServer;
        });

        var provider = services.BuildServiceProvider();
        try
        {
            // What a host does at start: runs the ValidateOnStart checks.
            provider.GetService<IStartupValidator>()?.Validate();
            return new CloudFoundryClient(provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Releases the connections.</summary>
    public void Dispose() => _services.Dispose();
}
