namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/client/allocation/:id/pause</c>.</summary>
internal sealed class AllocPauseRequest
{
    /// <summary>The task whose schedule is overridden.</summary>
    public string? Task { get; set; }

    /// <summary><c>pause</c>, <c>run</c>, or <c>scheduled</c> to follow the schedule again.</summary>
    public string? ScheduleState { get; set; }
}
