namespace DeploymentSdk.Nomad;

/// <summary>The versions of a job, newest first, and optionally the differences between them.</summary>
public sealed class JobVersionsResponse : ApiModel
{
    /// <summary>The job versions, newest first.</summary>
    public IList<Job>? Versions { get; set; }

    /// <summary>When diffs were asked for, the difference of each version to the one before it (or to the requested version or tag).</summary>
    public IList<JobDiff>? Diffs { get; set; }
}
