namespace DeploymentSdk.Nomad;

/// <summary>CPU usage; <see cref="Measured"/> says which fields the driver measured.</summary>
public sealed class CpuStats : ApiModel
{
    /// <summary>Time in kernel mode, as a percentage of one core.</summary>
    public double? SystemMode { get; set; }

    /// <summary>Time in user mode, as a percentage of one core.</summary>
    public double? UserMode { get; set; }

    /// <summary>MHz used.</summary>
    public double? TotalTicks { get; set; }

    /// <summary>Periods in which the task was throttled.</summary>
    public ulong? ThrottledPeriods { get; set; }

    /// <summary>Time throttled, in nanoseconds.</summary>
    public ulong? ThrottledTime { get; set; }

    /// <summary>Usage as a percentage of one core.</summary>
    public double? Percent { get; set; }

    /// <summary>The names of the fields that were measured.</summary>
    public IList<string>? Measured { get; set; }
}
