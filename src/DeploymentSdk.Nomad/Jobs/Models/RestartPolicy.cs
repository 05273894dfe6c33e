namespace DeploymentSdk.Nomad;

/// <summary>How the client restarts failed tasks in place.</summary>
public sealed class RestartPolicy : ApiModel
{
    /// <summary>The window that <see cref="Attempts"/> applies to.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>How many restarts are allowed within <see cref="Interval"/>.</summary>
    public int? Attempts { get; set; }

    /// <summary>The delay before a restart.</summary>
    public TimeSpan? Delay { get; set; }

    /// <summary>What happens when the attempts are used up: fail or delay.</summary>
    public string? Mode { get; set; }

    /// <summary>Whether templates are rendered again on restart.</summary>
    public bool? RenderTemplates { get; set; }
}
