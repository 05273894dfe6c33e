namespace DeploymentSdk.CloudFoundry;

/// <summary>How <see cref="DeploymentFollowExtensions.FollowAsync"/> ended.</summary>
public enum DeploymentFollowOutcome
{
    /// <summary>Finalized with reason <c>DEPLOYED</c>: every instance runs the new droplet.</summary>
    Deployed,

    /// <summary>Finalized with reason <c>CANCELED</c>: the deployment was canceled and rolled back.</summary>
    Canceled,

    /// <summary>Finalized with reason <c>SUPERSEDED</c>: another deployment of the app replaced it.</summary>
    Superseded,

    /// <summary>Finalized with a reason this SDK does not know (a newer server); see <see cref="DeploymentStatus.Reason"/>.</summary>
    Finalized,

    /// <summary>
    /// Still active with reason <c>PAUSED</c>: a canary step is done and the deployment waits for
    /// <see cref="ICloudFoundryDeploymentsClient.ContinueAsync"/> (or a cancel).
    /// </summary>
    Paused,

    /// <summary>The deadline (<see cref="DeploymentFollowOptions.Timeout"/>) passed while the deployment was still active.</summary>
    TimedOut,
}
