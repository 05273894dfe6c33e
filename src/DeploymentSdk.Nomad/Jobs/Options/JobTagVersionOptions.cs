namespace DeploymentSdk.Nomad;

/// <summary>Options of tagging a job version (<c>PUT /v1/job/:job_id/versions/:tag_name/tag</c>).</summary>
public sealed class JobTagVersionOptions : NomadWriteOptions
{
    /// <summary>A description stored with the tag.</summary>
    public string? Description { get; set; }
}
