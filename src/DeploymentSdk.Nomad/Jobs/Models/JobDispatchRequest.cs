using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/job/:id/dispatch</c>.</summary>
internal sealed class JobDispatchRequest
{
    /// <summary>The parameterized job.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The payload (base64 on the wire).</summary>
    public byte[]? Payload { get; set; }

    /// <summary>Dispatch metadata.</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>A prefix for the dispatched job ID.</summary>
    public string? IdPrefixTemplate { get; set; }

    /// <summary>The priority of the dispatched job.</summary>
    public int? Priority { get; set; }
}
