namespace DeploymentSdk.Nomad;

/// <summary>The earlier attempts at rescheduling an allocation.</summary>
public sealed class RescheduleTracker : ApiModel
{
    /// <summary>One entry per earlier reschedule, oldest first.</summary>
    public IList<RescheduleEvent>? Events { get; set; }

    /// <summary>The outcome of the latest reschedule attempt: <c>ok</c>, or <c>no placement</c> when the scheduler could not place a replacement.</summary>
    public string? LastReschedule { get; set; }
}
