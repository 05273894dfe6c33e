namespace DeploymentSdk.Nomad;

/// <summary>Options of listing a job's versions (<c>GET /v1/job/:job_id/versions</c>).</summary>
public sealed class JobVersionsOptions : NomadQueryOptions
{
    /// <summary>Return <see cref="JobVersionsResponse.Diffs"/>: the difference of each version to the one before it (<c>diffs=true</c>).</summary>
    public bool Diffs { get; set; }

    /// <summary>Compare every version with this version instead of its predecessor (<c>diff_version</c>); needs <see cref="Diffs"/>.</summary>
    public ulong? DiffVersion { get; set; }

    /// <summary>Compare every version with the version carrying this tag (<c>diff_tag</c>); needs <see cref="Diffs"/>.</summary>
    public string? DiffTag { get; set; }
}
