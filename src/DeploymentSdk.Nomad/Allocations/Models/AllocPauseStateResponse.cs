namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>GET /v1/client/allocation/:id/pause?task=</c>.</summary>
internal sealed class AllocPauseStateResponse : ApiModel
{
    /// <summary>Where the task stands against its schedule.</summary>
    public TaskScheduleState? ScheduleState { get; set; }
}
