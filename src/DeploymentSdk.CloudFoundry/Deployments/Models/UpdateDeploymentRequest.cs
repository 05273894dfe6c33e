namespace DeploymentSdk.CloudFoundry;

/// <summary>The body of <c>PATCH /v3/deployments/:guid</c>: only the metadata of a deployment can change.</summary>
public sealed class UpdateDeploymentRequest : ApiModel
{
    /// <summary>
    /// The labels and annotations to create, change (key with a value) or delete (key with a null value); keys not
    /// sent stay unchanged.
    /// </summary>
    public ResourceMetadata? Metadata { get; set; }
}
