namespace DeploymentSdk.Nomad;

/// <summary>An action defined in a job, as the job's action list returns it.</summary>
public sealed class JobAction : ApiModel
{
    /// <summary>The action name.</summary>
    public string? Name { get; set; }

    /// <summary>The command the action runs.</summary>
    public string? Command { get; set; }

    /// <summary>The arguments of the command.</summary>
    public IList<string>? Args { get; set; }

    /// <summary>The task the action is defined in.</summary>
    public string? TaskName { get; set; }

    /// <summary>The task group of that task.</summary>
    public string? TaskGroupName { get; set; }
}
