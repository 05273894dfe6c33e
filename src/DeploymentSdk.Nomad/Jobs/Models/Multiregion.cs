namespace DeploymentSdk.Nomad;

/// <summary>How a job is deployed across federated regions (Enterprise).</summary>
public sealed class Multiregion : ApiModel
{
    /// <summary>The order and failure behaviour of the regional deployments.</summary>
    public MultiregionStrategy? Strategy { get; set; }

    /// <summary>The regions the job is deployed to.</summary>
    public IList<MultiregionRegion>? Regions { get; set; }
}
