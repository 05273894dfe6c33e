namespace DeploymentSdk.Nomad;

/// <summary>How allocations migrate off a draining node.</summary>
public sealed class MigrateStrategy : ApiModel
{
    /// <summary>How many allocations migrate at the same time.</summary>
    public int? MaxParallel { get; set; }

    /// <summary>How health is determined: checks or task_states.</summary>
    public string? HealthCheck { get; set; }

    /// <summary>How long a new allocation must be healthy.</summary>
    public TimeSpan? MinHealthyTime { get; set; }

    /// <summary>How long a new allocation may take to become healthy.</summary>
    public TimeSpan? HealthyDeadline { get; set; }
}
