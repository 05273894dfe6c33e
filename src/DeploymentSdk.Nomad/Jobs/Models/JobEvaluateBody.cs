namespace DeploymentSdk.Nomad;

/// <summary>Options of a forced evaluation.</summary>
internal sealed class JobEvaluateBody
{
    /// <summary>Whether failed allocations are rescheduled now, ignoring their reschedule policy.</summary>
    public bool? ForceReschedule { get; set; }
}
