namespace DeploymentSdk.CloudFoundry;

/// <summary>A reference to another resource by its GUID: the <c>{ "guid": "…" }</c> object.</summary>
public sealed class GuidReference : ApiModel
{
    /// <summary>Creates an empty reference; set <see cref="Guid"/>.</summary>
    public GuidReference()
    {
    }

    /// <summary>Creates a reference to the resource with the given GUID.</summary>
    /// <param name="guid">The GUID of the referenced resource.</param>
    public GuidReference(string guid) => Guid = guid;

    /// <summary>The GUID of the referenced resource; the server may answer null (for example a deployment without a droplet yet).</summary>
    public string? Guid { get; set; }
}
