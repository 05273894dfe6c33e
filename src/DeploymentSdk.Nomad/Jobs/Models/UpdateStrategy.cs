namespace DeploymentSdk.Nomad;

/// <summary>How a job or group is updated: rolling updates, canaries and auto-revert.</summary>
public sealed class UpdateStrategy : ApiModel
{
    /// <summary>The delay between migrations of allocations off draining nodes (legacy rolling updates).</summary>
    public TimeSpan? Stagger { get; set; }

    /// <summary>How many allocations are updated at the same time.</summary>
    public int? MaxParallel { get; set; }

    /// <summary>How health is determined: checks, task_states or manual.</summary>
    public string? HealthCheck { get; set; }

    /// <summary>How long an allocation must be healthy before it counts as healthy.</summary>
    public TimeSpan? MinHealthyTime { get; set; }

    /// <summary>How long an allocation may take to become healthy before it is marked unhealthy.</summary>
    public TimeSpan? HealthyDeadline { get; set; }

    /// <summary>How long the deployment may go without an allocation becoming healthy before it fails.</summary>
    public TimeSpan? ProgressDeadline { get; set; }

    /// <summary>How many canaries to place before the update proceeds.</summary>
    public int? Canary { get; set; }

    /// <summary>Whether a failed deployment reverts to the last stable version.</summary>
    public bool? AutoRevert { get; set; }

    /// <summary>Whether healthy canaries are promoted automatically.</summary>
    public bool? AutoPromote { get; set; }
}
