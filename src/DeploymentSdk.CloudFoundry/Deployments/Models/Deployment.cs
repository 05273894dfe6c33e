namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// A Cloud Foundry v3 deployment: a zero-downtime update of an app to a new droplet or revision, rolling or canary.
/// </summary>
public sealed class Deployment : ApiModel
{
    /// <summary>The deployment's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>When the deployment was created (whole seconds, UTC).</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the deployment was last updated (whole seconds, UTC).</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Where the deployment is: in progress or finalized, and why.</summary>
    public DeploymentStatus? Status { get; set; }

    /// <summary>The strategy: <see cref="DeploymentStrategy.Rolling"/> or <see cref="DeploymentStrategy.Canary"/>.</summary>
    public DeploymentStrategy? Strategy { get; set; }

    /// <summary>The options the deployment was created with (the server always reports <c>max_in_flight</c>).</summary>
    public DeploymentOptions? Options { get; set; }

    /// <summary>The droplet the deployment moves the app to.</summary>
    public GuidReference? Droplet { get; set; }

    /// <summary>The app's current droplet before the deployment was created.</summary>
    public GuidReference? PreviousDroplet { get; set; }

    /// <summary>The processes created for the deployment.</summary>
    public IList<DeploymentProcess>? NewProcesses { get; set; }

    /// <summary>The revision the deployment moves the app to; null when the app has revisions disabled.</summary>
    public DeploymentRevision? Revision { get; set; }

    /// <summary>The app the deployment updates (<c>relationships.app</c>).</summary>
    public DeploymentRelationships? Relationships { get; set; }

    /// <summary>The deployment's labels and annotations.</summary>
    public ResourceMetadata? Metadata { get; set; }

    /// <summary>Links to the deployment, its app and the actions it currently allows.</summary>
    public DeploymentLinks? Links { get; set; }
}
