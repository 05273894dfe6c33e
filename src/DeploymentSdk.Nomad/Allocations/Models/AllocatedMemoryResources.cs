namespace DeploymentSdk.Nomad;

/// <summary>The memory assigned to a task.</summary>
public sealed class AllocatedMemoryResources : ApiModel
{
    /// <summary>The memory reserved for the task, in megabytes.</summary>
    public long? MemoryMB { get; set; }

    /// <summary>The most memory the task may use when memory oversubscription is on, in megabytes; 0 when it is off.</summary>
    public long? MemoryMaxMB { get; set; }
}
