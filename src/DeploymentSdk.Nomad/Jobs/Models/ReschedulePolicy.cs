namespace DeploymentSdk.Nomad;

/// <summary>How failed allocations are rescheduled on other nodes.</summary>
public sealed class ReschedulePolicy : ApiModel
{
    /// <summary>How many reschedule attempts are allowed within <see cref="Interval"/>.</summary>
    public int? Attempts { get; set; }

    /// <summary>The window that <see cref="Attempts"/> applies to.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>The delay before the first reschedule attempt.</summary>
    public TimeSpan? Delay { get; set; }

    /// <summary>How the delay grows: constant, exponential or fibonacci.</summary>
    public string? DelayFunction { get; set; }

    /// <summary>The upper bound of the delay.</summary>
    public TimeSpan? MaxDelay { get; set; }

    /// <summary>Whether rescheduling is attempted without limit.</summary>
    public bool? Unlimited { get; set; }
}
