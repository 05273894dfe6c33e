namespace DeploymentSdk.Nomad;

/// <summary>The lifecycle of a task within its allocation.</summary>
public sealed class AllocatedTaskLifecycle : ApiModel
{
    /// <summary>When the task runs: <c>prestart</c>, <c>poststart</c> or <c>poststop</c>.</summary>
    public string? Hook { get; set; }

    /// <summary>Whether the task keeps running alongside the main tasks.</summary>
    public bool? Sidecar { get; set; }
}
