using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeploymentSdk.Nomad;

/// <summary>
/// The Nomad client: the typed clients of one cluster behind one object. Inject <see cref="INomadClient"/> after
/// <c>services.AddNomadClient()</c>, or call <see cref="Create(Action{NomadClientOptions}?)"/> in a program without dependency injection.
/// </summary>
public sealed class NomadClient : INomadClient, IDisposable
{
    private readonly ServiceProvider? _ownedServices;

    internal NomadClient(
        INomadJobsClient jobs,
        INomadDeploymentsClient deployments,
        INomadAllocationsClient allocations,
        INomadEvaluationsClient evaluations,
        INomadEventsClient events,
        INomadStatusClient status,
        ServiceProvider? ownedServices = null)
    {
        Jobs = jobs;
        Deployments = deployments;
        Allocations = allocations;
        Evaluations = evaluations;
        Events = events;
        Status = status;
        _ownedServices = ownedServices;
    }

    /// <inheritdoc/>
    public INomadJobsClient Jobs { get; }

    /// <inheritdoc/>
    public INomadDeploymentsClient Deployments { get; }

    /// <inheritdoc/>
    public INomadAllocationsClient Allocations { get; }

    /// <inheritdoc/>
    public INomadEvaluationsClient Evaluations { get; }

    /// <inheritdoc/>
    public INomadEventsClient Events { get; }

    /// <inheritdoc/>
    public INomadStatusClient Status { get; }

    /// <inheritdoc/>
    public INomadAllocationFilesClient AllocationFiles { get; internal init; } = null!;

    /// <summary>
    /// Creates a client with the same pipeline as <c>AddNomadClient</c>, configured from the <c>NOMAD_*</c>
    /// environment variables and then <paramref name="configure"/>. Dispose it when done.
    /// </summary>
    /// <param name="configure">Sets options explicitly; runs last, so it wins.</param>
    /// <returns>The client.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is invalid; the message names it.</exception>
    /// <example>
    /// <code>
    /// using var nomad = NomadClient.Create(o =&gt; o.Address = new Uri("http://127.0.0.1:4646"));
    /// await foreach (var job in nomad.Jobs.ListAsync())
    ///     Console.WriteLine($"{job.Id}: {job.Status}");
    /// </code>
    /// </example>
    public static NomadClient Create(Action<NomadClientOptions>? configure = null) =>
        Create(configure, Environment.GetEnvironmentVariable);

    internal static NomadClient Create(Action<NomadClientOptions>? configure, Func<string, string?> getEnvironmentVariable)
    {
        // No host, no logging: the watch and stream events go to NullLogger (a host's AddLogging would otherwise be empty).
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        NomadServiceCollectionExtensions.AddNomadClient(services, configuration: null, configure, getEnvironmentVariable);
        var provider = services.BuildServiceProvider();
        try
        {
            return new NomadClient(
                provider.GetRequiredService<INomadJobsClient>(),
                provider.GetRequiredService<INomadDeploymentsClient>(),
                provider.GetRequiredService<INomadAllocationsClient>(),
                provider.GetRequiredService<INomadEvaluationsClient>(),
                provider.GetRequiredService<INomadEventsClient>(),
                provider.GetRequiredService<INomadStatusClient>(),
                provider)
            {
                AllocationFiles = provider.GetRequiredService<INomadAllocationFilesClient>(),
            };
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Releases the connections of a client made by <see cref="Create(Action{NomadClientOptions}?)"/>; a client from DI is owned by its container.</summary>
    public void Dispose() => _ownedServices?.Dispose();
}
