namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>status.canary</c> of a canary deployment.</summary>
public sealed class DeploymentCanaryStatus : ApiModel
{
    /// <summary>The current step and the number of steps.</summary>
    public DeploymentCanaryStepProgress? Steps { get; set; }
}
