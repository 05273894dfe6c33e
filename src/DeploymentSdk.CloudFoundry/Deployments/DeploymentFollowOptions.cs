namespace DeploymentSdk.CloudFoundry;

/// <summary>How <see cref="DeploymentFollowExtensions.FollowAsync"/> polls.</summary>
/// <remarks>
/// Defaults: <see cref="Timeout"/> none; <see cref="InitialPollInterval"/> 1 second, doubling (with jitter) up to
/// <see cref="MaxPollInterval"/> 15 seconds and back to the initial interval whenever the status changes;
/// <see cref="ReturnWhenPaused"/> true.
/// </remarks>
public sealed class DeploymentFollowOptions
{
    /// <summary>The deadline: after this long, following ends with <see cref="DeploymentFollowOutcome.TimedOut"/>. Null waits until the end.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The first wait between two reads. Default 1 second.</summary>
    public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two reads. Default 15 seconds.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// When true (the default), a paused canary deployment ends following with <see cref="DeploymentFollowOutcome.Paused"/>;
    /// when false, following goes on until someone continues or cancels it.
    /// </summary>
    public bool ReturnWhenPaused { get; set; } = true;

    /// <summary>Receives the deployment on the first read and whenever its status (value, reason, canary step, error) changes; <see langword="null"/> reports nothing.</summary>
    public IProgress<Deployment>? Progress { get; set; }
}
