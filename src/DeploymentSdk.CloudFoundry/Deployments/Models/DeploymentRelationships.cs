namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>relationships</c> of a deployment.</summary>
public sealed class DeploymentRelationships : ApiModel
{
    /// <summary>The app the deployment updates.</summary>
    public ToOneRelationship? App { get; set; }
}
