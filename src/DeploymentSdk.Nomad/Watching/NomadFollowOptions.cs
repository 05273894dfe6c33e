namespace DeploymentSdk.Nomad;

/// <summary>How long to follow a job change and how to poll while doing it.</summary>
/// <remarks>Defaults: no <see cref="Deadline"/> (Nomad's own progress deadline ends a stuck deployment); <see cref="Watch"/> the
/// defaults of <see cref="NomadWatchOptions"/>.</remarks>
public class NomadFollowOptions
{
    /// <summary>
    /// Stop following after this long and report <see cref="NomadDeploymentOutcome.DeadlineExceeded"/> (or throw a
    /// <see cref="TimeoutException"/> from the helpers that return no result). Measured on <see cref="NomadWatchOptions.TimeProvider"/>.
    /// <see langword="null"/> (the default) follows until the end. Must be positive when set.
    /// </summary>
    public TimeSpan? Deadline { get; set; }

    /// <summary>The blocking queries' wait, pacing, backoff and base query (namespace, region, stale reads); <see langword="null"/> uses the defaults.</summary>
    public NomadWatchOptions? Watch { get; set; }

    /// <summary>
    /// Whether a follow through <see cref="INomadClient"/> that ends in failure reads a <see cref="NomadDeploymentResult.Diagnosis"/>,
    /// and reports newly unhealthy allocations in <see cref="NomadDeploymentProgress.NewlyUnhealthy"/>. Default <see langword="true"/>.
    /// </summary>
    public bool Diagnose { get; set; } = true;

    /// <summary>What the diagnosis reads (logs are opt-in there); <see langword="null"/> uses the defaults of <see cref="NomadDiagnosisOptions"/>.</summary>
    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
    public NomadDiagnosisOptions? Diagnosis { get; set; }

    /// <summary>
    /// Receives each change of the evaluation and deployment (per group placed, healthy, unhealthy, canaries), and the end;
    /// <see langword="null"/> reports nothing. Used by the calls that return one result
    /// (<see cref="NomadDeployExtensions.DeployAsync"/>, <see cref="NomadDeployExtensions.WaitForCompletionAsync"/>).
    /// </summary>
    public IProgress<NomadDeploymentProgress>? Progress { get; set; }

    internal NomadWatchOptions WatchOrDefault => Watch ?? new NomadWatchOptions();

    internal void Validate()
    {
        if (Deadline is { } deadline && deadline <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Deadline), deadline, "NomadFollowOptions.Deadline must be positive when set.");
        }

        WatchOrDefault.Validate();
#pragma warning disable DSDK0001 // Validating the experimental diagnosis options is the stable follower's job.
        Diagnosis?.Validate(nameof(Diagnosis));
#pragma warning restore DSDK0001
    }
}
