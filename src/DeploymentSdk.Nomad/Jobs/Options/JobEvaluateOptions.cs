namespace DeploymentSdk.Nomad;

/// <summary>Options of forcing a new evaluation of a job (<c>POST /v1/job/:job_id/evaluate</c>).</summary>
public sealed class JobEvaluateOptions : NomadWriteOptions
{
    /// <summary>Reschedule failed allocations now, ignoring their reschedule policy.</summary>
    public bool ForceReschedule { get; set; }
}
