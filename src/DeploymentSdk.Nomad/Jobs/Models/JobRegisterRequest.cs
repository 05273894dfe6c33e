namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/jobs</c> and <c>POST /v1/job/:id</c>.</summary>
internal sealed class JobRegisterRequest
{
    /// <summary>The job.</summary>
    public Job? Job { get; set; }

    /// <summary>The original source of the job.</summary>
    public JobSubmission? Submission { get; set; }

    /// <summary>Whether the register is a check-and-set on <see cref="JobModifyIndex"/>.</summary>
    public bool? EnforceIndex { get; set; }

    /// <summary>The job modify index the job must be at (0: the job must not exist).</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>Whether soft-mandatory Sentinel policies are overridden.</summary>
    public bool? PolicyOverride { get; set; }

    /// <summary>Whether the current group counts are kept.</summary>
    public bool? PreserveCounts { get; set; }

    /// <summary>Whether the current task resources are kept.</summary>
    public bool? PreserveResources { get; set; }

    /// <summary>The priority of the evaluation created.</summary>
    public int? EvalPriority { get; set; }
}
