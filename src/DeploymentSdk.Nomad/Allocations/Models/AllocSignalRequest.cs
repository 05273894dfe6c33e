namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/client/allocation/:id/signal</c>.</summary>
internal sealed class AllocSignalRequest
{
    /// <summary>The task to signal; <see langword="null"/> signals every task of the allocation.</summary>
    public string? Task { get; set; }

    /// <summary>The signal's name, for example <c>SIGUSR1</c>.</summary>
    public string? Signal { get; set; }
}
