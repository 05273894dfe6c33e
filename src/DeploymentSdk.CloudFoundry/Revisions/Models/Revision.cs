namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// A revision: a snapshot of what an app runs (droplet, start commands, sidecars). Deploying a previous revision is
/// how <c>cf rollback</c> works.
/// </summary>
public sealed class Revision : ApiModel
{
    /// <summary>The revision's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>The revision's number within its app, from 1.</summary>
    public int? Version { get; set; }

    /// <summary>The droplet the revision runs.</summary>
    public GuidReference? Droplet { get; set; }

    /// <summary>The start command of each process type, by type.</summary>
    public IDictionary<string, RevisionProcess>? Processes { get; set; }

    /// <summary>The sidecars the revision runs beside its processes.</summary>
    public IList<RevisionSidecar>? Sidecars { get; set; }

    /// <summary>What changed in this revision, in words.</summary>
    public string? Description { get; set; }

    /// <summary>Whether the revision can be deployed (false when its droplet is gone, for example).</summary>
    public bool? Deployable { get; set; }

    /// <summary>The related resources by name (<c>app</c>).</summary>
    public IDictionary<string, ToOneRelationship>? Relationships { get; set; }

    /// <summary>When the revision was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the revision was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The revision's labels and annotations.</summary>
    public ResourceMetadata? Metadata { get; set; }

    /// <summary>Links by name (<c>self</c>, <c>app</c>, <c>environment_variables</c>).</summary>
    public IDictionary<string, Link>? Links { get; set; }
}
