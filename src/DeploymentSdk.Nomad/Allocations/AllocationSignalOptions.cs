namespace DeploymentSdk.Nomad;

/// <summary>Options of signalling an allocation (<c>POST /v1/client/allocation/:alloc_id/signal</c>).</summary>
public sealed class AllocationSignalOptions : NomadWriteOptions
{
    /// <summary>The task to signal; <see langword="null"/> signals every task of the allocation.</summary>
    public string? Task { get; set; }
}
