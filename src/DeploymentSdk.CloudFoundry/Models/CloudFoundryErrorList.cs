namespace DeploymentSdk.CloudFoundry;

/// <summary>The error envelope: <c>{ "errors": [ … ] }</c>.</summary>
internal sealed class CloudFoundryErrorList : ApiModel
{
    public IList<CloudFoundryError>? Errors { get; set; }
}
