namespace DeploymentSdk.Nomad;

/// <summary>The schedule of a task (Enterprise).</summary>
public sealed class TaskSchedule : ApiModel
{
    /// <summary>The time window, as cron expressions.</summary>
    public TaskScheduleCron? Cron { get; set; }
}
