namespace DeploymentSdk.Nomad;

/// <summary>Options of stopping (deregistering) a job (<c>DELETE /v1/job/:job_id</c>).</summary>
/// <remarks>Every option is off by default and then sends nothing.</remarks>
public sealed class JobDeregisterOptions : NomadWriteOptions
{
    /// <summary>Remove the job from the state at once instead of leaving it for garbage collection (<c>purge=true</c>).</summary>
    public bool Purge { get; set; }

    /// <summary>Stop a multiregion job in every region (<c>global=true</c>).</summary>
    public bool Global { get; set; }

    /// <summary>The priority (1–100) of the evaluation the stop creates (<c>eval_priority</c>).</summary>
    public int? EvalPriority { get; set; }

    /// <summary>Ignore the groups' and tasks' shutdown delays (<c>no_shutdown_delay=true</c>).</summary>
    public bool NoShutdownDelay { get; set; }
}
