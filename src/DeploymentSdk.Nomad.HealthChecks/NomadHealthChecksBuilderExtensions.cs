using DeploymentSdk.Nomad;
using DeploymentSdk.Nomad.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Nomad health check to an application's health checks.</summary>
public static class NomadHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check of a Nomad region: <see cref="HealthStatus.Healthy"/> when the region has a leader and Nomad accepts
    /// the client's token; <see cref="HealthStatus.Degraded"/> when it has no leader or the answering server has lost
    /// contact with it; the failure status (<see cref="HealthStatus.Unhealthy"/> by default) when Nomad cannot be reached,
    /// times out, or refuses the token.
    /// </summary>
    /// <param name="builder">The health checks builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="clientName">
    /// The name of a Nomad client registered as a keyed <see cref="INomadClient"/>; the default <see cref="INomadClient"/>
    /// (from <c>AddNomadClient</c>) when <see langword="null"/>.
    /// </param>
    /// <param name="configure">Sets the check's name, failure status, tags, timeout and what counts as degraded.</param>
    /// <returns>The builder, to chain further checks.</returns>
    /// <remarks>
    /// <para>Each run sends two reads: <c>GET /v1/status/leader</c> and <c>GET /v1/jobs?per_page=1&amp;stale=true</c>
    /// in the client's (or <see cref="NomadHealthCheckOptions.Namespace"/>'s) namespace. The second is what proves the
    /// token: the token needs the <c>list-jobs</c> capability there, which every token that deploys has.</para>
    /// <para>The result's description and data hold the leader address and leader contact, never the token.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="clientName"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="NomadHealthCheckOptions.MaxLastContact"/> is negative.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddNomadClient(o =&gt; o.Address = new Uri("https://nomad.example.com:4646"));
    /// builder.Services.AddHealthChecks().AddNomad(configure: o =&gt; o.Tags.Add("ready"));
    /// app.MapHealthChecks("/healthz");
    /// </code>
    /// </example>
    public static IHealthChecksBuilder AddNomad(
        this IHealthChecksBuilder builder,
        string? clientName = null,
        Action<NomadHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (clientName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        }

        var options = new NomadHealthCheckOptions();
        configure?.Invoke(options);
        if (options.MaxLastContact < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.MaxLastContact, "NomadHealthCheckOptions.MaxLastContact must not be negative.");
        }

        var name = options.Name ?? (clientName is null ? "nomad" : $"nomad-{clientName}");
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new NomadHealthCheck(services, clientName, options),
            options.FailureStatus,
            options.Tags.ToArray(),
            options.Timeout));
    }
}
