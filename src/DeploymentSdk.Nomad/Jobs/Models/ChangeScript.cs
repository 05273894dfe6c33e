namespace DeploymentSdk.Nomad;

/// <summary>A script run in the task when a template's output changes.</summary>
public sealed class ChangeScript : ApiModel
{
    /// <summary>The command to run.</summary>
    public string? Command { get; set; }

    /// <summary>The arguments of the command.</summary>
    public IList<string>? Args { get; set; }

    /// <summary>How long the script may run.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Whether a failing script kills the task.</summary>
    public bool? FailOnError { get; set; }

    /// <summary>Whether the script also runs on the first render (Nomad 2.0 and later).</summary>
    public bool? RunOnFirstRender { get; set; }
}
