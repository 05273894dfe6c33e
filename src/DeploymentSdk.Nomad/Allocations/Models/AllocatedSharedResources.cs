namespace DeploymentSdk.Nomad;

/// <summary>The resources shared by the tasks of an allocation.</summary>
public sealed class AllocatedSharedResources : ApiModel
{
    /// <summary>The group's networks, with their addresses and ports.</summary>
    public IList<AllocatedNetwork>? Networks { get; set; }

    /// <summary>The ephemeral disk of the group, in megabytes.</summary>
    public long? DiskMB { get; set; }

    /// <summary>The group's ports as mapped on the host: label, host port, port inside the allocation and host IP.</summary>
    public IList<AllocatedPortMapping>? Ports { get; set; }
}
