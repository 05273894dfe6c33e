namespace DeploymentSdk.CloudFoundry;

/// <summary>A buildpack that staged a droplet (an item of <c>buildpacks</c>).</summary>
public sealed class DropletBuildpack : ApiModel
{
    /// <summary>The buildpack as the app named it (a name or a URL).</summary>
    public string? Name { get; set; }

    /// <summary>What the buildpack's detect step printed.</summary>
    public string? DetectOutput { get; set; }

    /// <summary>The buildpack's version.</summary>
    public string? Version { get; set; }

    /// <summary>The name the buildpack reports for itself.</summary>
    public string? BuildpackName { get; set; }
}
