namespace DeploymentSdk.Cloud66;

/// <summary>How <see cref="ICloud66DeploymentsClient.FollowRedeployAsync"/> polls.</summary>
/// <remarks>
/// Defaults: the first poll is sent at once, then the wait starts at <see cref="InitialPollInterval"/> (2 s) and doubles
/// (with ±20% jitter) up to <see cref="MaxPollInterval"/> (30 s), which keeps a long deployment well inside Cloud66's
/// limit of 3,000 requests per user per hour; following gives up after <see cref="Timeout"/> (1 hour).
/// </remarks>
public sealed class RedeployFollowOptions
{
    /// <summary>The wait after the first poll; doubles after each poll. Default 2 seconds.</summary>
    public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two polls. Default 30 seconds.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to follow before giving up with a <see cref="TimeoutException"/>; the deployment itself goes on.
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> follows until the deployment finishes or the call is cancelled.
    /// Default 1 hour.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Receives what each poll saw; <see langword="null"/> reports nothing.</summary>
    public IProgress<RedeployProgress>? Progress { get; set; }
}
