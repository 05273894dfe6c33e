namespace DeploymentSdk.CloudFoundry;

/// <summary>A sidecar of a revision (an item of <c>sidecars</c>).</summary>
public sealed class RevisionSidecar : ApiModel
{
    /// <summary>The sidecar's name.</summary>
    public string? Name { get; set; }

    /// <summary>Its start command.</summary>
    public string? Command { get; set; }

    /// <summary>The process types it runs beside.</summary>
    public IList<string>? ProcessTypes { get; set; }

    /// <summary>Its memory limit, in MB.</summary>
    public int? MemoryInMb { get; set; }
}
