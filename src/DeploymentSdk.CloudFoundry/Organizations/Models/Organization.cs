namespace DeploymentSdk.CloudFoundry;

/// <summary>A Cloud Foundry organization: the top level that owns spaces, quotas and domains.</summary>
public sealed class Organization : ApiModel
{
    /// <summary>The organization's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>When the organization was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the organization was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The organization's name, unique across the platform.</summary>
    public string? Name { get; set; }

    /// <summary>Whether the organization is suspended (its users can read but not change it).</summary>
    public bool? Suspended { get; set; }

    /// <summary>The related resources by name (<c>quota</c>).</summary>
    public IDictionary<string, ToOneRelationship>? Relationships { get; set; }

    /// <summary>The organization's labels and annotations.</summary>
    public ResourceMetadata? Metadata { get; set; }

    /// <summary>Links by name (<c>self</c>, <c>domains</c>, <c>default_domain</c>, <c>quota</c>).</summary>
    public IDictionary<string, Link>? Links { get; set; }
}
