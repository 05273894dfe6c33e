namespace DeploymentSdk.CloudFoundry;

/// <summary>A Cloud Foundry v3 app: its processes, droplets and revisions hang off it.</summary>
public sealed class App : ApiModel
{
    /// <summary>The app's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>The app's name, unique within its space.</summary>
    public string? Name { get; set; }

    /// <summary>The desired state: <see cref="AppState.Started"/> or <see cref="AppState.Stopped"/>.</summary>
    public AppState? State { get; set; }

    /// <summary>When the app was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the app was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>How the app is staged: buildpack, docker or cnb.</summary>
    public AppLifecycle? Lifecycle { get; set; }

    /// <summary>The related resources by name (<c>space</c>, <c>current_droplet</c>).</summary>
    public IDictionary<string, ToOneRelationship>? Relationships { get; set; }

    /// <summary>The app's labels and annotations.</summary>
    public ResourceMetadata? Metadata { get; set; }

    /// <summary>Links by name (<c>self</c>, <c>processes</c>, <c>droplets</c>, <c>revisions</c>, <c>deployed_revisions</c>, <c>start</c>, …).</summary>
    public IDictionary<string, Link>? Links { get; set; }
}
