namespace DeploymentSdk.Nomad;

/// <summary>What the Nomad web UI shows for a job.</summary>
public sealed class JobUIConfig : ApiModel
{
    /// <summary>A Markdown description.</summary>
    public string? Description { get; set; }

    /// <summary>Links shown on the job page.</summary>
    public IList<JobUILink>? Links { get; set; }
}
