using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The state of one task in an allocation and the latest events that changed it.</summary>
public sealed class TaskState : ApiModel
{
    /// <summary>The task's state: pending, running or dead.</summary>
    public TaskStatus? State { get; set; }

    /// <summary>Whether the task failed.</summary>
    public bool? Failed { get; set; }

    /// <summary>How many times the task has restarted.</summary>
    public ulong? Restarts { get; set; }

    /// <summary>When the task last restarted; <see langword="null"/> if it never did. Offset kept as sent.</summary>
    public DateTimeOffset? LastRestart { get; set; }

    /// <summary>When the task last started; updated on restarts. Offset kept as sent.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the task became dead for good; <see langword="null"/> while it is not. Offset kept as sent.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The latest events of the task (Nomad keeps the last ten), oldest first.</summary>
    [JsonConverter(typeof(ModelListConverter<TaskEventReader, TaskEvent>))]
    public IList<TaskEvent>? Events { get; set; }

    /// <summary>Where the task stands against its schedule (Nomad Enterprise); empty when it runs normally.</summary>
    public TaskScheduleState? Paused { get; set; }
}
