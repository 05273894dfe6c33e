
namespace DeploymentSdk.CloudFoundry;

/// <summary>The end of <see cref="DeploymentHealthFollowExtensions.FollowWithHealthAsync"/>: outcome, deployment, last health and, when it failed, why.</summary>
public sealed class DeploymentHealthFollowResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">How following ended.</param>
    /// <param name="deployment">The deployment as last read.</param>
    /// <param name="health">The instance health as last read.</param>
    /// <param name="crashes">The crashed instances and why; empty when none are known.</param>
    public DeploymentHealthFollowResult(
        DeploymentFollowOutcome outcome, Deployment deployment, DeploymentHealth health, IReadOnlyList<InstanceCrash> crashes)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(crashes);
        Outcome = outcome;
        Deployment = deployment;
        Health = health;
        Crashes = crashes;
    }

    /// <summary>How following ended.</summary>
    public DeploymentFollowOutcome Outcome { get; }

    /// <summary>The deployment as last read.</summary>
    public Deployment Deployment { get; }

    /// <summary>The app's instance health as last read.</summary>
    public DeploymentHealth Health { get; }

    /// <summary>
    /// Which instances crashed and why: the crashed instances of the last stats, and, when the deployment did not
    /// succeed, the app's crash events since the deployment began (newest first). Empty when nothing crashed.
    /// </summary>
    public IReadOnlyList<InstanceCrash> Crashes { get; }

    /// <summary>True when the deployment completed (<see cref="DeploymentFollowOutcome.Deployed"/>).</summary>
    public bool Succeeded => Outcome == DeploymentFollowOutcome.Deployed;
}
