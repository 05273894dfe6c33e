namespace DeploymentSdk.CloudFoundry;

/// <summary>The body of <c>POST /v3/deployments</c>.</summary>
/// <remarks>
/// Only the app is required. Without <see cref="Droplet"/> and <see cref="Revision"/> the app's current droplet is
/// deployed; at most one of the two may be set. Null properties are not sent, so the server's defaults apply.
/// </remarks>
/// <example>
/// <code>
/// var deployment = await cf.Deployments.CreateAsync(new CreateDeploymentRequest(appGuid)
/// {
///     Droplet = new GuidReference(dropletGuid),
///     Strategy = DeploymentStrategy.Canary,
///     Options = new DeploymentOptions { Canary = new() { Steps = [new(10), new(50)] } },
/// });
/// </code>
/// </example>
public sealed class CreateDeploymentRequest : ApiModel
{
    /// <summary>Creates an empty request; set <see cref="Relationships"/>.</summary>
    public CreateDeploymentRequest()
    {
    }

    /// <summary>Creates a request that deploys the given app.</summary>
    /// <param name="appGuid">The GUID of the app to deploy.</param>
    public CreateDeploymentRequest(string appGuid) =>
        Relationships = new DeploymentRelationships { App = new ToOneRelationship(appGuid) };

    /// <summary>The app to deploy (<c>relationships.app</c>); required.</summary>
    public DeploymentRelationships? Relationships { get; set; }

    /// <summary>The droplet to deploy; it becomes the app's current droplet. Not together with <see cref="Revision"/>.</summary>
    public GuidReference? Droplet { get; set; }

    /// <summary>The revision whose droplet to deploy (the app must have revisions enabled). Not together with <see cref="Droplet"/>.</summary>
    public GuidReference? Revision { get; set; }

    /// <summary>The strategy; server default <see cref="DeploymentStrategy.Rolling"/>.</summary>
    public DeploymentStrategy? Strategy { get; set; }

    /// <summary>Max in flight, scaling and canary options.</summary>
    public DeploymentOptions? Options { get; set; }

    /// <summary>Labels and annotations for the new deployment.</summary>
    public ResourceMetadata? Metadata { get; set; }
}
