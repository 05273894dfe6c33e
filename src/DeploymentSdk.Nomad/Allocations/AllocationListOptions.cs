namespace DeploymentSdk.Nomad;

/// <summary>Options of listing allocations (<c>GET /v1/allocations</c>): the query options plus what to include.</summary>
public sealed class AllocationListOptions : NomadQueryOptions
{
    /// <summary>Include the allocated resources of each allocation (<c>?resources=true</c>).</summary>
    public bool IncludeResources { get; set; }

    /// <summary>Include the task states of each allocation; <see langword="false"/> sends <c>?task_states=false</c> for smaller answers.</summary>
    public bool IncludeTaskStates { get; set; } = true;
}
