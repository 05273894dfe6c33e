namespace DeploymentSdk.Nomad;

/// <summary>Options of registering or updating a job (<c>POST /v1/jobs</c>, <c>POST /v1/job/:job_id</c>).</summary>
/// <remarks>Every option is off by default and then sends nothing, so the server's default applies.</remarks>
public sealed class JobRegisterOptions : NomadWriteOptions
{
    /// <summary>
    /// Check-and-set: register only if the job's current <see cref="Job.JobModifyIndex"/> equals this value; 0 registers
    /// only if the job does not exist yet. <see langword="null"/> (the default) registers unconditionally. A stale index
    /// fails with a <see cref="NomadApiException"/> of kind <see cref="ApiErrorKind.Conflict"/>.
    /// </summary>
    public ulong? EnforceJobModifyIndex { get; set; }

    /// <summary>Override soft-mandatory Sentinel policies (Enterprise).</summary>
    public bool PolicyOverride { get; set; }

    /// <summary>Keep the current counts of existing task groups instead of the counts in the job.</summary>
    public bool PreserveCounts { get; set; }

    /// <summary>Keep the current resources of existing tasks instead of the resources in the job.</summary>
    public bool PreserveResources { get; set; }

    /// <summary>The priority (1–100) of the evaluation the registration creates; by default the job's priority.</summary>
    public int? EvalPriority { get; set; }

    /// <summary>The original source of the job (HCL or JSON), stored for reference; not used for scheduling.</summary>
    public JobSubmission? Submission { get; set; }
}
