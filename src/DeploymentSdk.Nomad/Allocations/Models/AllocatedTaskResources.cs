namespace DeploymentSdk.Nomad;

/// <summary>The resources assigned to one task of an allocation.</summary>
public sealed class AllocatedTaskResources : ApiModel
{
    /// <summary>The CPU assigned to the task.</summary>
    public AllocatedCpuResources? Cpu { get; set; }

    /// <summary>The memory assigned to the task.</summary>
    public AllocatedMemoryResources? Memory { get; set; }

    /// <summary>The task-level networks (deprecated in jobs since Nomad 0.12 in favour of group networks).</summary>
    public IList<AllocatedNetwork>? Networks { get; set; }

    /// <summary>The devices (GPUs, …) assigned to the task.</summary>
    public IList<AllocatedDeviceResource>? Devices { get; set; }
}
