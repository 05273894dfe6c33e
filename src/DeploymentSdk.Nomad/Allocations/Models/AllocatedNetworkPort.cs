namespace DeploymentSdk.Nomad;

/// <summary>A port of an allocated network.</summary>
public sealed class AllocatedNetworkPort : ApiModel
{
    /// <summary>The port's label in the job.</summary>
    public string? Label { get; set; }

    /// <summary>The port on the host (assigned by Nomad for a dynamic port).</summary>
    public int? Value { get; set; }

    /// <summary>The port inside the allocation's network namespace.</summary>
    public int? To { get; set; }

    /// <summary>The host network the port is bound on.</summary>
    public string? HostNetwork { get; set; }

    /// <summary>Whether the port may collide with other allocations' static ports.</summary>
    public bool? IgnoreCollision { get; set; }
}
