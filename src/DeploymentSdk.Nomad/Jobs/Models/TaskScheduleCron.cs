namespace DeploymentSdk.Nomad;

/// <summary>A time window in which a task may run.</summary>
public sealed class TaskScheduleCron : ApiModel
{
    /// <summary>A cron expression for when the task starts.</summary>
    public string? Start { get; set; }

    /// <summary>A cron expression for when the task stops.</summary>
    public string? End { get; set; }

    /// <summary>The time zone of the expressions.</summary>
    public string? Timezone { get; set; }
}
