namespace DeploymentSdk.Nomad;

/// <summary>The CPU assigned to a task.</summary>
public sealed class AllocatedCpuResources : ApiModel
{
    /// <summary>The CPU shares, in MHz.</summary>
    public long? CpuShares { get; set; }

    /// <summary>The IDs of the CPU cores reserved for the task (<c>resources.cores</c>).</summary>
    public IList<int>? ReservedCores { get; set; }
}
