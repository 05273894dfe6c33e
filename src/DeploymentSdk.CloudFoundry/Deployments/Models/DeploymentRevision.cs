namespace DeploymentSdk.CloudFoundry;

/// <summary>The revision a deployment moves its app to (<c>revision</c>).</summary>
public sealed class DeploymentRevision : ApiModel
{
    /// <summary>The revision GUID.</summary>
    public string? Guid { get; set; }

    /// <summary>The revision's version number within its app.</summary>
    public int? Version { get; set; }
}
