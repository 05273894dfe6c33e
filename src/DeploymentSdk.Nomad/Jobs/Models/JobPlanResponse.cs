namespace DeploymentSdk.Nomad;

/// <summary>The result of a scheduler dry run (plan) of a job.</summary>
public sealed class JobPlanResponse : ApiModel
{
    /// <summary>The job modify index of the job on the server; pass it to a check-and-set register to apply exactly this plan.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>Evaluations the plan would create, such as a blocked evaluation for allocations that cannot be placed yet.</summary>
    public IList<Evaluation>? CreatedEvals { get; set; }

    /// <summary>Placement metrics of the task groups that could not be placed completely, by task group name.</summary>
    public IDictionary<string, AllocationMetric>? FailedTGAllocs { get; set; }

    /// <summary>The difference between the submitted job and the job on the server (when a diff was asked for).</summary>
    public JobDiff? Diff { get; set; }

    /// <summary>What the scheduler would do per task group.</summary>
    public PlanAnnotations? Annotations { get; set; }

    /// <summary>For a periodic job, the next launch time.</summary>
    public DateTimeOffset? NextPeriodicLaunch { get; set; }

    /// <summary>Warnings about the job, such as deprecated fields.</summary>
    public string? Warnings { get; set; }

    /// <summary>The Raft index the plan was made at.</summary>
    public ulong? Index { get; set; }
}
