namespace DeploymentSdk.Nomad;

/// <summary>When a task runs relative to the main tasks of its group.</summary>
public sealed class TaskLifecycle : ApiModel
{
    /// <summary>The lifecycle hook: prestart, poststart or poststop.</summary>
    public string? Hook { get; set; }

    /// <summary>Whether the task keeps running alongside the main tasks.</summary>
    public bool? Sidecar { get; set; }
}
