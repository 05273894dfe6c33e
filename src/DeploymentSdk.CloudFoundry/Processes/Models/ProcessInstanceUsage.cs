namespace DeploymentSdk.CloudFoundry;

/// <summary>An instance's resource usage (<c>usage</c> of a process stats item).</summary>
public sealed class ProcessInstanceUsage : ApiModel
{
    /// <summary>When the usage was measured.</summary>
    public DateTimeOffset? Time { get; set; }

    /// <summary>CPU use, as a fraction of one core.</summary>
    public double? Cpu { get; set; }

    /// <summary>CPU use relative to the instance's entitlement; null when unknown.</summary>
    public double? CpuEntitlement { get; set; }

    /// <summary>Memory in use, in bytes.</summary>
    public long? Mem { get; set; }

    /// <summary>Disk in use, in bytes.</summary>
    public long? Disk { get; set; }

    /// <summary>Log output rate, in bytes per second.</summary>
    public long? LogRate { get; set; }
}
