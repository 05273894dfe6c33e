namespace DeploymentSdk.CloudFoundry;

/// <summary>A Cloud Foundry space: where apps live, inside an organization.</summary>
public sealed class Space : ApiModel
{
    /// <summary>The space's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>When the space was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the space was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The space's name, unique within its organization.</summary>
    public string? Name { get; set; }

    /// <summary>Whether the space is suspended.</summary>
    public bool? Suspended { get; set; }

    /// <summary>The related resources by name (<c>organization</c>, <c>quota</c>; a relationship's data is null when unset).</summary>
    public IDictionary<string, ToOneRelationship>? Relationships { get; set; }

    /// <summary>The space's labels and annotations.</summary>
    public ResourceMetadata? Metadata { get; set; }

    /// <summary>Links by name (<c>self</c>, <c>features</c>, <c>organization</c>, <c>apply_manifest</c>, …).</summary>
    public IDictionary<string, Link>? Links { get; set; }
}
