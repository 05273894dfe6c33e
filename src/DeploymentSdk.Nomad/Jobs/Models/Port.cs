namespace DeploymentSdk.Nomad;

/// <summary>A port of a network.</summary>
public sealed class Port : ApiModel
{
    /// <summary>The port label, referenced by services and templates.</summary>
    public string? Label { get; set; }

    /// <summary>The host port (static ports; for dynamic ports set by the scheduler).</summary>
    public int? Value { get; set; }

    /// <summary>The port inside the network namespace the host port maps to.</summary>
    public int? To { get; set; }

    /// <summary>The host network the port is allocated on.</summary>
    public string? HostNetwork { get; set; }

    /// <summary>Whether a static port may collide with ports of other allocations.</summary>
    public bool? IgnoreCollision { get; set; }
}
