namespace DeploymentSdk.Nomad;

/// <summary>Memory usage in bytes; <see cref="Measured"/> says which fields the driver measured (the others are 0).</summary>
public sealed class MemoryStats : ApiModel
{
    /// <summary>Resident set size.</summary>
    public ulong? RSS { get; set; }

    /// <summary>Page cache.</summary>
    public ulong? Cache { get; set; }

    /// <summary>Swap.</summary>
    public ulong? Swap { get; set; }

    /// <summary>Total usage as the cgroup counts it.</summary>
    public ulong? Usage { get; set; }

    /// <summary>The highest usage seen.</summary>
    public ulong? MaxUsage { get; set; }

    /// <summary>Kernel memory.</summary>
    public ulong? KernelUsage { get; set; }

    /// <summary>The highest kernel memory seen.</summary>
    public ulong? KernelMaxUsage { get; set; }

    /// <summary>The names of the fields that were measured, for example <c>RSS</c>, <c>Usage</c>.</summary>
    public IList<string>? Measured { get; set; }
}
