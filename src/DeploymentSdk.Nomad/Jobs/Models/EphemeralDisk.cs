namespace DeploymentSdk.Nomad;

/// <summary>The ephemeral disk of a task group's allocations.</summary>
public sealed class EphemeralDisk : ApiModel
{
    /// <summary>Whether a replacement allocation prefers the same node and keeps the data.</summary>
    public bool? Sticky { get; set; }

    /// <summary>Whether the data is migrated to a replacement on another node.</summary>
    public bool? Migrate { get; set; }

    /// <summary>The disk size in MiB; the server default is 300.</summary>
    public int? SizeMB { get; set; }
}
