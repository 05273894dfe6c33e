namespace DeploymentSdk.Nomad;

/// <summary>Per-call options of a Nomad write.</summary>
public class NomadWriteOptions
{
    /// <summary>The region to write to; overrides <see cref="NomadClientOptions.Region"/>.</summary>
    public string? Region { get; set; }

    /// <summary>The namespace to write to; overrides <see cref="NomadClientOptions.Namespace"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary>
    /// A token that makes the write idempotent on the server (<c>idempotency_token</c>): the SDK retries a write that
    /// carries one after a transient failure, and never retries a write that does not.
    /// </summary>
    public string? IdempotencyToken { get; set; }
}
