namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>options.canary</c> of a canary deployment.</summary>
public sealed class DeploymentCanaryOptions : ApiModel
{
    /// <summary>
    /// The steps, each with the percentage of instances it deploys, in ascending order of weight. Without steps the
    /// server deploys one canary instance and pauses once.
    /// </summary>
    public IList<DeploymentCanaryStep>? Steps { get; set; }
}
