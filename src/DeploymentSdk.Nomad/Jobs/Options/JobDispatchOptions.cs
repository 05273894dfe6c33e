namespace DeploymentSdk.Nomad;

/// <summary>What a dispatch of a parameterized job carries (<c>POST /v1/job/:job_id/dispatch</c>).</summary>
/// <remarks>
/// To make a dispatch idempotent, set <see cref="NomadWriteOptions.IdempotencyToken"/>: Nomad then dispatches at most
/// one child per token, and the SDK may retry the request.
/// </remarks>
public sealed class JobDispatchOptions : NomadWriteOptions
{
    /// <summary>The largest payload Nomad accepts: 16 KiB.</summary>
    public const int MaxPayloadBytes = 16 * 1024;

    /// <summary>The payload (at most <see cref="MaxPayloadBytes"/> bytes), written to the task's dispatch payload file.</summary>
    public byte[]? Payload { get; set; }

    /// <summary>Metadata for the child job; must match the parameterized job's required and optional keys.</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>A prefix for the child job's ID (<c>PARENT/dispatch-PREFIX-…</c>).</summary>
    public string? IdPrefixTemplate { get; set; }

    /// <summary>The priority (1–100) of the child job; by default the parent's.</summary>
    public int? Priority { get; set; }
}
