using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The resources a task or a sidecar needs.</summary>
public sealed class Resources : ApiModel
{
    /// <summary>CPU in MHz.</summary>
    [JsonPropertyName("CPU")]
    public int? Cpu { get; set; }

    /// <summary>Whole CPU cores reserved for the task; exclusive with <see cref="Cpu"/>.</summary>
    public int? Cores { get; set; }

    /// <summary>Memory in MiB.</summary>
    public int? MemoryMB { get; set; }

    /// <summary>The memory limit in MiB when memory oversubscription is enabled.</summary>
    public int? MemoryMaxMB { get; set; }

    /// <summary>Deprecated: disk in MiB (use the group's ephemeral disk).</summary>
    public int? DiskMB { get; set; }

    /// <summary>Deprecated task-level networks (use the group's networks).</summary>
    public IList<NetworkResource>? Networks { get; set; }

    /// <summary>Devices (GPUs, FPGAs, …) the task needs.</summary>
    public IList<RequestedDevice>? Devices { get; set; }

    /// <summary>How the task's cores are placed across NUMA nodes (Enterprise).</summary>
    [JsonPropertyName("NUMA")]
    public NumaResource? Numa { get; set; }

    /// <summary>The size in MiB of the task's secrets directory.</summary>
    public int? SecretsMB { get; set; }

    /// <summary>Deprecated and ignored since Nomad 0.9; kept so older jobs round-trip.</summary>
    [JsonPropertyName("IOPS")]
    public int? Iops { get; set; }
}
