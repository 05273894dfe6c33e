using System.Text.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/job/:id/scale</c>.</summary>
internal sealed class JobScaleRequest
{
    /// <summary>The new count.</summary>
    public long? Count { get; set; }

    /// <summary>The target: Job and Group.</summary>
    public IDictionary<string, string>? Target { get; set; }

    /// <summary>The message recorded with the scaling event.</summary>
    public string? Message { get; set; }

    /// <summary>Whether the event records an error instead of a change.</summary>
    public bool? Error { get; set; }

    /// <summary>Metadata recorded with the scaling event.</summary>
    public IDictionary<string, JsonElement>? Meta { get; set; }

    /// <summary>Whether soft-mandatory Sentinel policies are overridden.</summary>
    public bool? PolicyOverride { get; set; }

    /// <summary>The job modify index the job must be at (check-and-set), when not 0.</summary>
    public ulong? JobModifyIndex { get; set; }
}
