namespace DeploymentSdk.Nomad;

/// <summary>NUMA placement of a task's cores.</summary>
public sealed class NumaResource : ApiModel
{
    /// <summary>The NUMA affinity: none, prefer or require.</summary>
    public string? Affinity { get; set; }

    /// <summary>Devices whose NUMA node the cores should be close to.</summary>
    public IList<string>? Devices { get; set; }
}
