namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/client/allocation/:id/restart</c> (current Nomad reads <c>TaskName</c>; the old docs said <c>Task</c>).</summary>
internal sealed class AllocRestartRequest
{
    /// <summary>The task to restart; <see langword="null"/> restarts the tasks that are running.</summary>
    public string? TaskName { get; set; }

    /// <summary>Restart every task, whatever its lifecycle or state.</summary>
    public bool? AllTasks { get; set; }
}
