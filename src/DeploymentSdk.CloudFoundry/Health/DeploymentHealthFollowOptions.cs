namespace DeploymentSdk.CloudFoundry;

/// <summary>How <see cref="DeploymentHealthFollowExtensions.FollowWithHealthAsync"/> polls and reports.</summary>
/// <remarks>
/// Defaults: <see cref="Timeout"/> none; <see cref="InitialPollInterval"/> 1 second, doubling (with jitter) up to
/// <see cref="MaxPollInterval"/> 15 seconds and back to the initial interval whenever the status or the health
/// changes; <see cref="ReturnWhenPaused"/> true; <see cref="MaxCrashEvents"/> 20. Each poll reads the deployment, the
/// app's processes and each process's stats.
/// </remarks>
public sealed class DeploymentHealthFollowOptions
{
    /// <summary>The deadline; null waits until the end.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The first wait between two polls. Default 1 second.</summary>
    public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two polls. Default 15 seconds.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>When true (the default), a paused canary deployment ends following.</summary>
    public bool ReturnWhenPaused { get; set; } = true;

    /// <summary>Receives the deployment and its instance health on the first poll and whenever either changes.</summary>
    public IProgress<DeploymentHealthProgress>? Progress { get; set; }

    /// <summary>The most crash events to read when the deployment fails, 0 to read none. Default 20.</summary>
    public int MaxCrashEvents { get; set; } = 20;
}
