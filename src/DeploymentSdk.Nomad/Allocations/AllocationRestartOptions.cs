namespace DeploymentSdk.Nomad;

/// <summary>Options of restarting an allocation (<c>PUT /v1/client/allocation/:alloc_id/restart</c>).</summary>
public sealed class AllocationRestartOptions : NomadWriteOptions
{
    /// <summary>The task to restart; <see langword="null"/> restarts the running tasks.</summary>
    public string? TaskName { get; set; }
}
