using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DeploymentSdk.Nomad.HealthChecks;

/// <summary>How the Nomad health check is registered and what it counts as degraded.</summary>
/// <remarks>
/// Defaults: <see cref="Name"/> <c>nomad</c> (or <c>nomad-</c> and the client name), <see cref="FailureStatus"/>
/// <see cref="HealthStatus.Unhealthy"/>, no <see cref="Tags"/>, no <see cref="Timeout"/> of its own (each request still
/// has the client's <see cref="ApiClientOptions.RequestTimeout"/>), <see cref="MaxLastContact"/> 10 seconds, and the
/// client's region and namespace.
/// </remarks>
public sealed class NomadHealthCheckOptions
{
    /// <summary>The default of <see cref="MaxLastContact"/>: 10 seconds.</summary>
    public static readonly TimeSpan DefaultMaxLastContact = TimeSpan.FromSeconds(10);

    /// <summary>The registration's name, shown in the health report; <c>nomad</c> (or <c>nomad-</c> and the client name) when not set.</summary>
    public string? Name { get; set; }

    /// <summary>The status reported when Nomad cannot be reached or refuses the token; <see cref="HealthStatus.Unhealthy"/> when not set.</summary>
    public HealthStatus? FailureStatus { get; set; }

    /// <summary>Tags to filter health checks by, for example <c>ready</c>.</summary>
    public IList<string> Tags { get; } = [];

    /// <summary>How long the whole check may take; the health check service's default (none) when not set.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// The longest time the answering server may have gone without hearing from the leader (<c>X-Nomad-LastContact</c>)
    /// before the check reports <see cref="HealthStatus.Degraded"/>. Default <see cref="DefaultMaxLastContact"/>.
    /// </summary>
    public TimeSpan MaxLastContact { get; set; } = DefaultMaxLastContact;

    /// <summary>The region to check; the client's region when not set.</summary>
    public string? Region { get; set; }

    /// <summary>The namespace whose job list proves the token is accepted; the client's namespace when not set.</summary>
    public string? Namespace { get; set; }
}
