namespace DeploymentSdk.Nomad;

/// <summary>Options of listing the allocations of a job (<c>GET /v1/job/:job_id/allocations</c>).</summary>
public sealed class JobAllocationListOptions : NomadQueryOptions
{
    /// <summary>Include allocations of earlier job versions with the same ID (<c>?all=true</c>).</summary>
    public bool IncludeAll { get; set; }
}
