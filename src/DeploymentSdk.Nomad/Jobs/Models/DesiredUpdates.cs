namespace DeploymentSdk.Nomad;

/// <summary>The allocation changes the scheduler would make to one task group.</summary>
public sealed class DesiredUpdates : ApiModel
{
    /// <summary>Allocations left as they are.</summary>
    public ulong? Ignore { get; set; }

    /// <summary>New allocations placed.</summary>
    public ulong? Place { get; set; }

    /// <summary>Allocations migrated to other nodes.</summary>
    public ulong? Migrate { get; set; }

    /// <summary>Allocations stopped.</summary>
    public ulong? Stop { get; set; }

    /// <summary>Allocations updated in place.</summary>
    public ulong? InPlaceUpdate { get; set; }

    /// <summary>Allocations replaced.</summary>
    public ulong? DestructiveUpdate { get; set; }

    /// <summary>Canaries placed.</summary>
    public ulong? Canary { get; set; }

    /// <summary>Allocations of other jobs preempted.</summary>
    public ulong? Preemptions { get; set; }

    /// <summary>Allocations marked disconnected.</summary>
    public ulong? Disconnect { get; set; }

    /// <summary>Allocations reconnected.</summary>
    public ulong? Reconnect { get; set; }

    /// <summary>Failed allocations rescheduled now.</summary>
    public ulong? RescheduleNow { get; set; }

    /// <summary>Failed allocations rescheduled later.</summary>
    public ulong? RescheduleLater { get; set; }
}
