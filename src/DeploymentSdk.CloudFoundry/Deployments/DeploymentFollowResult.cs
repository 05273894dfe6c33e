namespace DeploymentSdk.CloudFoundry;

/// <summary>The end of <see cref="DeploymentFollowExtensions.FollowAsync"/>: the outcome and the deployment as last read.</summary>
public sealed class DeploymentFollowResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">How following ended.</param>
    /// <param name="deployment">The deployment as last read.</param>
    public DeploymentFollowResult(DeploymentFollowOutcome outcome, Deployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        Outcome = outcome;
        Deployment = deployment;
    }

    /// <summary>How following ended.</summary>
    public DeploymentFollowOutcome Outcome { get; }

    /// <summary>The deployment as last read.</summary>
    public Deployment Deployment { get; }

    /// <summary>True when the deployment completed (<see cref="DeploymentFollowOutcome.Deployed"/>).</summary>
    public bool Succeeded => Outcome == DeploymentFollowOutcome.Deployed;
}
