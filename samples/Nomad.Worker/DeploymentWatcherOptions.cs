namespace DeploymentSdk.Samples.Worker;

/// <summary>What the watcher watches; bound from the <c>DeploymentWatcher</c> section of appsettings.json.</summary>
public sealed class DeploymentWatcherOptions
{
    /// <summary>The namespace to watch; <c>*</c> for all the token can read.</summary>
    public string Namespace { get; set; } = "*";

    /// <summary>How long one blocking query may wait for a change before Nomad answers anyway.</summary>
    public TimeSpan WaitTime { get; set; } = TimeSpan.FromMinutes(5);
}
