namespace DeploymentSdk.Nomad;

/// <summary>A state transition the scheduler was asked to make for an allocation.</summary>
public sealed class DesiredTransition : ApiModel
{
    /// <summary>The allocation should be stopped and migrated to another node (node drain).</summary>
    public bool? Migrate { get; set; }

    /// <summary>The allocation may be rescheduled even where it would not be automatically (for example, within a deployment).</summary>
    public bool? Reschedule { get; set; }

    /// <summary>The allocation must be rescheduled, even if its reschedule policy would not allow it.</summary>
    public bool? ForceReschedule { get; set; }

    /// <summary>The group's and tasks' <c>shutdown_delay</c> is skipped when the allocation stops.</summary>
    public bool? NoShutdownDelay { get; set; }

    /// <summary>No replacement is placed when the allocation is migrated (for batch jobs stopped by a drain).</summary>
    public bool? MigrateDisablePlacement { get; set; }
}
