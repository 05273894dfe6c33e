namespace DeploymentSdk.Nomad;

/// <summary>The resources assigned to an allocation: per task, and shared by the task group.</summary>
public sealed class AllocatedResources : ApiModel
{
    /// <summary>The resources of each task, by task name.</summary>
    public IDictionary<string, AllocatedTaskResources>? Tasks { get; set; }

    /// <summary>The lifecycle of each task that has one (prestart, poststart, poststop; sidecar or not), by task name.</summary>
    public IDictionary<string, AllocatedTaskLifecycle>? TaskLifecycles { get; set; }

    /// <summary>The resources shared by the group's tasks: disk, group networks and ports.</summary>
    public AllocatedSharedResources? Shared { get; set; }
}
