namespace DeploymentSdk.Nomad;

/// <summary>Memory and CPU usage. Device statistics (<c>DeviceStats</c>) are kept as unknown fields in <see cref="ApiModel.AdditionalProperties"/>.</summary>
public sealed class ResourceUsage : ApiModel
{
    /// <summary>Memory usage.</summary>
    public MemoryStats? MemoryStats { get; set; }

    /// <summary>CPU usage.</summary>
    public CpuStats? CpuStats { get; set; }
}
