namespace DeploymentSdk.Nomad;

/// <summary>Where a task mounts one of its group's volumes.</summary>
public sealed class VolumeMount : ApiModel
{
    /// <summary>The group volume's name.</summary>
    public string? Volume { get; set; }

    /// <summary>The path inside the task.</summary>
    public string? Destination { get; set; }

    /// <summary>Whether the mount is read-only.</summary>
    public bool? ReadOnly { get; set; }

    /// <summary>The mount propagation mode: private, host-to-task or bidirectional.</summary>
    public string? PropagationMode { get; set; }

    /// <summary>The SELinux label: z, Z or empty.</summary>
    public string? SELinuxLabel { get; set; }
}
