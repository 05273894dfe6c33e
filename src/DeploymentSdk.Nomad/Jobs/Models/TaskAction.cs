namespace DeploymentSdk.Nomad;

/// <summary>A predefined command that operators can run in a task (<c>action</c> block).</summary>
public sealed class TaskAction : ApiModel
{
    /// <summary>The action name.</summary>
    public string? Name { get; set; }

    /// <summary>The command to run.</summary>
    public string? Command { get; set; }

    /// <summary>The arguments of the command.</summary>
    public IList<string>? Args { get; set; }
}
