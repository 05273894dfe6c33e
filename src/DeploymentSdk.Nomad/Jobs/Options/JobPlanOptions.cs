namespace DeploymentSdk.Nomad;

/// <summary>Options of planning a job (<c>POST /v1/job/:job_id/plan</c>).</summary>
public sealed class JobPlanOptions : NomadWriteOptions
{
    /// <summary>Return <see cref="JobPlanResponse.Diff"/>, the difference between the job and the job on the server.</summary>
    public bool Diff { get; set; }

    /// <summary>Override soft-mandatory Sentinel policies (Enterprise).</summary>
    public bool PolicyOverride { get; set; }
}
