namespace DeploymentSdk.Nomad;

/// <summary>A named tag on a job version.</summary>
public sealed class JobVersionTag : ApiModel
{
    /// <summary>The tag name.</summary>
    public string? Name { get; set; }

    /// <summary>A description of the tag.</summary>
    public string? Description { get; set; }

    /// <summary>When the version was tagged, in nanoseconds since the unix epoch (kept as an integer so the job round-trips exactly).</summary>
    public long? TaggedTime { get; set; }
}
