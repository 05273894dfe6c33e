namespace DeploymentSdk.CloudFoundry;

/// <summary>The health of a deployment's app at one read: each process with its instances counted by state.</summary>
public sealed class DeploymentHealth
{
    /// <summary>Creates a health snapshot.</summary>
    /// <param name="processes">The app's processes.</param>
    /// <param name="isComplete">False when some stats could not be read (the platform answered 503 or did not answer).</param>
    public DeploymentHealth(IReadOnlyList<ProcessHealth> processes, bool isComplete)
    {
        ArgumentNullException.ThrowIfNull(processes);
        Processes = processes;
        IsComplete = isComplete;
    }

    /// <summary>The app's processes; during a deployment, the old and the new process of a type are both here.</summary>
    public IReadOnlyList<ProcessHealth> Processes { get; }

    /// <summary>False when some stats could not be read; the counts then cover only the processes that answered.</summary>
    public bool IsComplete { get; }

    /// <summary>Crashed instances across all processes.</summary>
    public int Crashed => Processes.Sum(process => process.Crashed);

    /// <summary>One line per process, for a log.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Join("; ", Processes.Select(process => process.ToString())) + (IsComplete ? string.Empty : " (stats incomplete)");
}
