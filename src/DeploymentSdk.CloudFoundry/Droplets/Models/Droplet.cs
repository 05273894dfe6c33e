namespace DeploymentSdk.CloudFoundry;

/// <summary>A droplet: the result of staging an app's package, what its processes run.</summary>
public sealed class Droplet : ApiModel
{
    /// <summary>The droplet's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>The droplet's state (<see cref="DropletState.Staged"/> when it can run).</summary>
    public DropletState? State { get; set; }

    /// <summary>Why staging failed; null when it did not.</summary>
    public string? Error { get; set; }

    /// <summary>How the droplet was staged: buildpack, docker or cnb.</summary>
    public AppLifecycle? Lifecycle { get; set; }

    /// <summary>Metadata the staging produced (for docker droplets, the image's metadata).</summary>
    public string? ExecutionMetadata { get; set; }

    /// <summary>The start command of each process type the droplet declares (<c>web</c>, <c>worker</c>, …).</summary>
    public IDictionary<string, string>? ProcessTypes { get; set; }

    /// <summary>The droplet's checksum; null for docker droplets.</summary>
    public DropletChecksum? Checksum { get; set; }

    /// <summary>The buildpacks that staged the droplet, in order.</summary>
    public IList<DropletBuildpack>? Buildpacks { get; set; }

    /// <summary>The root file system the droplet runs on (for example <c>cflinuxfs4</c>).</summary>
    public string? Stack { get; set; }

    /// <summary>The docker image of a docker droplet; null otherwise.</summary>
    public string? Image { get; set; }

    /// <summary>When the droplet was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the droplet was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The related resources by name (<c>app</c>).</summary>
    public IDictionary<string, ToOneRelationship>? Relationships { get; set; }

    /// <summary>The droplet's labels and annotations.</summary>
    public ResourceMetadata? Metadata { get; set; }

    /// <summary>Links by name (<c>self</c>, <c>package</c>, <c>app</c>, <c>assign_current_droplet</c>, <c>download</c>).</summary>
    public IDictionary<string, Link>? Links { get; set; }
}
