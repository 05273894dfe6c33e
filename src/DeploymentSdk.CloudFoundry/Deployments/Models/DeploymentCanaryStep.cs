namespace DeploymentSdk.CloudFoundry;

/// <summary>One canary step (<c>options.canary.steps[]</c>); the deployment pauses after each one.</summary>
public sealed class DeploymentCanaryStep : ApiModel
{
    /// <summary>Creates an empty step; set <see cref="InstanceWeight"/>.</summary>
    public DeploymentCanaryStep()
    {
    }

    /// <summary>Creates a step that deploys the given percentage of instances.</summary>
    /// <param name="instanceWeight">The percentage of instances, 1 to 100.</param>
    public DeploymentCanaryStep(int instanceWeight) => InstanceWeight = instanceWeight;

    /// <summary>The percentage of instances this step deploys, 1 to 100.</summary>
    public int? InstanceWeight { get; set; }
}
