namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/job/:id/plan</c>.</summary>
internal sealed class JobPlanRequest
{
    /// <summary>The job to plan.</summary>
    public Job? Job { get; set; }

    /// <summary>Whether a diff is returned.</summary>
    public bool? Diff { get; set; }

    /// <summary>Whether soft-mandatory Sentinel policies are overridden.</summary>
    public bool? PolicyOverride { get; set; }
}
