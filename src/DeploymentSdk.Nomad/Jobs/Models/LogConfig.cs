namespace DeploymentSdk.Nomad;

/// <summary>Log rotation of a task.</summary>
public sealed class LogConfig : ApiModel
{
    /// <summary>How many rotated files are kept.</summary>
    public int? MaxFiles { get; set; }

    /// <summary>The size in MiB at which a file is rotated.</summary>
    public int? MaxFileSizeMB { get; set; }

    /// <summary>Deprecated (Nomad 1.5.4–1.5.x): use <see cref="Disabled"/>.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Whether log collection is disabled.</summary>
    public bool? Disabled { get; set; }
}
