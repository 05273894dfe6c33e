namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The <c>options</c> of a deployment. In a create request, a null property is not sent and the server's default applies.
/// </summary>
public sealed class DeploymentOptions : ApiModel
{
    /// <summary>How many new instances are started at the same time; at least 1. Server default: 1.</summary>
    public int? MaxInFlight { get; set; }

    /// <summary>How many web instances the deployment scales to; at least 0. Server default: the current web process's count.</summary>
    public int? WebInstances { get; set; }

    /// <summary>Memory per web instance, in MB; greater than 0. Server default: the previous web process's value.</summary>
    public int? MemoryInMb { get; set; }

    /// <summary>Disk per web instance, in MB; greater than 0. Server default: the previous web process's value.</summary>
    public int? DiskInMb { get; set; }

    /// <summary>
    /// Log rate limit per web instance, in bytes per second: -1 is unlimited, 0 emits no logs. Server default: the
    /// previous web process's value.
    /// </summary>
    public long? LogRateLimitInBytesPerSecond { get; set; }

    /// <summary>The canary steps; only with <see cref="DeploymentStrategy.Canary"/>.</summary>
    public DeploymentCanaryOptions? Canary { get; set; }
}
