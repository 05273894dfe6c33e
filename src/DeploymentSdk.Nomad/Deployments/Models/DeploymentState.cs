namespace DeploymentSdk.Nomad;

/// <summary>The state of a deployment for one task group.</summary>
public sealed class DeploymentState : ApiModel
{
    /// <summary>Whether the job reverts to its last stable version if this group's deployment fails (<c>update.auto_revert</c>).</summary>
    public bool? AutoRevert { get; set; }

    /// <summary>Whether canaries are promoted automatically once they are healthy (<c>update.auto_promote</c>).</summary>
    public bool? AutoPromote { get; set; }

    /// <summary>How long an allocation may take to become healthy before the deployment fails (<c>update.progress_deadline</c>).</summary>
    public TimeSpan? ProgressDeadline { get; set; }

    /// <summary>The time by which the next allocation must become healthy; reset on each healthy allocation. Offset kept as sent.</summary>
    public DateTimeOffset? RequireProgressBy { get; set; }

    /// <summary>Whether the group's canaries were promoted.</summary>
    public bool? Promoted { get; set; }

    /// <summary>The IDs of the canary allocations placed so far.</summary>
    public IList<string>? PlacedCanaries { get; set; }

    /// <summary>How many canaries the group should get.</summary>
    public int? DesiredCanaries { get; set; }

    /// <summary>How many allocations the group should have when the deployment completes.</summary>
    public int? DesiredTotal { get; set; }

    /// <summary>How many allocations have been placed.</summary>
    public int? PlacedAllocs { get; set; }

    /// <summary>How many allocations have been marked healthy.</summary>
    public int? HealthyAllocs { get; set; }

    /// <summary>How many allocations have been marked unhealthy.</summary>
    public int? UnhealthyAllocs { get; set; }
}
