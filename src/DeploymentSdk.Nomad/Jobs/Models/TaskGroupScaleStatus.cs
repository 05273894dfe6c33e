namespace DeploymentSdk.Nomad;

/// <summary>The scaling status of one task group.</summary>
public sealed class TaskGroupScaleStatus : ApiModel
{
    /// <summary>The desired count.</summary>
    public int? Desired { get; set; }

    /// <summary>Allocations placed.</summary>
    public int? Placed { get; set; }

    /// <summary>Allocations running.</summary>
    public int? Running { get; set; }

    /// <summary>Allocations healthy.</summary>
    public int? Healthy { get; set; }

    /// <summary>Allocations unhealthy.</summary>
    public int? Unhealthy { get; set; }

    /// <summary>Recent scaling events, newest first.</summary>
    public IList<ScalingEvent>? Events { get; set; }
}
