namespace DeploymentSdk.Nomad;

/// <summary>Why one task of an allocation failed or is unhealthy, from its state and events.</summary>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
public sealed class NomadTaskDiagnosis
{
    /// <summary>The task's name.</summary>
    public required string Task { get; init; }

    /// <summary>The task's state: pending, running or dead.</summary>
    public TaskStatus? State { get; init; }

    /// <summary>Whether Nomad marked the task failed.</summary>
    public bool Failed { get; init; }

    /// <summary>How many times the task restarted.</summary>
    public ulong Restarts { get; init; }

    /// <summary>The exit code of the task's last exit, when it exited.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The signal that ended the task's last run, when one did (0 is none).</summary>
    public int? Signal { get; init; }

    /// <summary>Whether the task's last exit was an out-of-memory kill.</summary>
    public bool OomKilled { get; init; }

    /// <summary>Whether Nomad stopped restarting the task because its restart policy was used up.</summary>
    public bool RestartsExceeded { get; init; }

    /// <summary>The driver's error, when starting the task failed (an image that cannot be pulled, a bad command).</summary>
    public string? DriverError { get; init; }

    /// <summary>The events that explain the failure (driver failure, exits, kills, restarts given up), oldest first.</summary>
    public IReadOnlyList<TaskEvent> Events { get; init; } = [];

    /// <summary>The last lines of the task's standard error, when logs were asked for and could be read.</summary>
    public IReadOnlyList<string>? StderrTail { get; init; }

    /// <summary>The last lines of the task's standard output, when asked for and readable.</summary>
    public IReadOnlyList<string>? StdoutTail { get; init; }

    /// <summary>Why the logs could not be read (node down, no <c>read-logs</c> permission); <see langword="null"/> when they were read or not asked for.</summary>
    public string? LogsError { get; init; }
}
