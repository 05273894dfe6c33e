namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>status</c> of a deployment.</summary>
public sealed class DeploymentStatus : ApiModel
{
    /// <summary><see cref="DeploymentStatusValue.Active"/> while in progress, <see cref="DeploymentStatusValue.Finalized"/> when over.</summary>
    public DeploymentStatusValue? Value { get; set; }

    /// <summary>
    /// Why: <c>DEPLOYING</c>, <c>PAUSED</c> or <c>CANCELING</c> while active; <c>DEPLOYED</c>, <c>CANCELED</c> or
    /// <c>SUPERSEDED</c> when finalized.
    /// </summary>
    public DeploymentStatusReason? Reason { get; set; }

    /// <summary>Health check and status change times, and the last error.</summary>
    public DeploymentStatusDetails? Details { get; set; }

    /// <summary>The progress through the canary steps; only for canary deployments.</summary>
    public DeploymentCanaryStatus? Canary { get; set; }
}
