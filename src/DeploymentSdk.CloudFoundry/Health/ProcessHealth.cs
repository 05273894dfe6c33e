namespace DeploymentSdk.CloudFoundry;

/// <summary>The instances of one process of an app, counted by state, as its stats reported them.</summary>
public sealed class ProcessHealth
{
    /// <summary>Creates a summary from a process and its instance stats.</summary>
    /// <param name="process">The process.</param>
    /// <param name="instances">Its instance stats.</param>
    /// <param name="isNew">Whether the deployment created the process (it is in the deployment's <c>new_processes</c>).</param>
    public ProcessHealth(AppProcess process, IReadOnlyList<ProcessInstanceStats> instances, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(instances);
        ProcessGuid = process.Guid;
        Type = process.Type;
        DesiredInstances = process.Instances;
        IsNew = isNew;
        Instances = instances;
        foreach (var instance in instances)
        {
            if (instance.State == ProcessInstanceState.Running)
            {
                Running++;
            }
            else if (instance.State == ProcessInstanceState.Starting)
            {
                Starting++;
            }
            else if (instance.State == ProcessInstanceState.Crashed)
            {
                Crashed++;
            }
            else
            {
                // DOWN, STOPPING, or a state a newer server adds.
                Other++;
            }
        }
    }

    /// <summary>The process GUID.</summary>
    public string? ProcessGuid { get; }

    /// <summary>The process type (<c>web</c>, <c>worker</c>).</summary>
    public string? Type { get; }

    /// <summary>Whether the deployment being followed created this process (the new instances) rather than the app had it before.</summary>
    public bool IsNew { get; }

    /// <summary>The number of instances the process asks for.</summary>
    public int? DesiredInstances { get; }

    /// <summary>Instances that are starting.</summary>
    public int Starting { get; }

    /// <summary>Instances that run and are healthy.</summary>
    public int Running { get; }

    /// <summary>Instances that crashed.</summary>
    public int Crashed { get; }

    /// <summary>Instances that are down, stopping, or in a state this SDK does not know.</summary>
    public int Other { get; }

    /// <summary>Each instance's stats, as read.</summary>
    public IReadOnlyList<ProcessInstanceStats> Instances { get; }

    /// <summary>The counts as a string, for a progress line: <c>web (new): 2 running, 1 starting, 0 crashed of 3</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Type}{(IsNew ? " (new)" : string.Empty)}: {Running} running, {Starting} starting, {Crashed} crashed"
        + (Other > 0 ? $", {Other} down" : string.Empty)
        + (DesiredInstances is { } desired ? $" of {desired}" : string.Empty);
}
