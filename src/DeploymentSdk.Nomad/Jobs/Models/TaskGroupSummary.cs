namespace DeploymentSdk.Nomad;

/// <summary>Allocation counts of one task group, by state.</summary>
public sealed class TaskGroupSummary : ApiModel
{
    /// <summary>Allocations waiting to be placed.</summary>
    public int? Queued { get; set; }

    /// <summary>Allocations that completed.</summary>
    public int? Complete { get; set; }

    /// <summary>Allocations that failed.</summary>
    public int? Failed { get; set; }

    /// <summary>Allocations that are running.</summary>
    public int? Running { get; set; }

    /// <summary>Allocations that are starting.</summary>
    public int? Starting { get; set; }

    /// <summary>Allocations lost with their node.</summary>
    public int? Lost { get; set; }

    /// <summary>Allocations on disconnected nodes whose state is unknown.</summary>
    public int? Unknown { get; set; }
}
