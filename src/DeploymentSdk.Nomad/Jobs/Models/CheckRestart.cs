namespace DeploymentSdk.Nomad;

/// <summary>Restarts a task when its checks stay unhealthy.</summary>
public sealed class CheckRestart : ApiModel
{
    /// <summary>How many consecutive unhealthy checks trigger a restart (0 disables).</summary>
    public int? Limit { get; set; }

    /// <summary>How long after a start the checks are ignored.</summary>
    public TimeSpan? Grace { get; set; }

    /// <summary>Whether warning counts as healthy.</summary>
    public bool? IgnoreWarnings { get; set; }
}
