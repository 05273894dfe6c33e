namespace DeploymentSdk.CloudFoundry;

/// <summary>A to-one relationship: <c>{ "data": { "guid": "…" } }</c>.</summary>
public sealed class ToOneRelationship : ApiModel
{
    /// <summary>Creates an empty relationship; set <see cref="Data"/>.</summary>
    public ToOneRelationship()
    {
    }

    /// <summary>Creates a relationship to the resource with the given GUID.</summary>
    /// <param name="guid">The GUID of the related resource.</param>
    public ToOneRelationship(string guid) => Data = new GuidReference(guid);

    /// <summary>The related resource; null when the relationship is empty.</summary>
    public GuidReference? Data { get; set; }
}
