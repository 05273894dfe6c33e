namespace DeploymentSdk.Nomad;

/// <summary>Options of listing the deployments of a job (<c>GET /v1/job/:job_id/deployments</c>).</summary>
public sealed class JobDeploymentListOptions : NomadQueryOptions
{
    /// <summary>Include deployments of earlier job versions with the same ID (<c>?all=true</c>).</summary>
    public bool IncludeAll { get; set; }
}
