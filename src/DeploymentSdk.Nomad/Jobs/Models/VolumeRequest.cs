namespace DeploymentSdk.Nomad;

/// <summary>A volume a task group requests.</summary>
public sealed class VolumeRequest : ApiModel
{
    /// <summary>The volume name within the group.</summary>
    public string? Name { get; set; }

    /// <summary>The volume type: host or csi.</summary>
    public string? Type { get; set; }

    /// <summary>The host volume or CSI volume ID.</summary>
    public string? Source { get; set; }

    /// <summary>Whether the volume is read-only.</summary>
    public bool? ReadOnly { get; set; }

    /// <summary>Whether the scheduler keeps the allocation on the same volume (host volumes).</summary>
    public bool? Sticky { get; set; }

    /// <summary>The CSI access mode, such as single-node-writer.</summary>
    public string? AccessMode { get; set; }

    /// <summary>The CSI attachment mode: file-system or block-device.</summary>
    public string? AttachmentMode { get; set; }

    /// <summary>CSI mount options.</summary>
    public CsiMountOptions? MountOptions { get; set; }

    /// <summary>Whether the source gets the allocation index as suffix (one volume per allocation).</summary>
    public bool? PerAlloc { get; set; }
}
