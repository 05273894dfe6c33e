using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/job/:id/stable</c>.</summary>
internal sealed class JobStabilityRequest
{
    /// <summary>The job.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The version to mark.</summary>
    public ulong? JobVersion { get; set; }

    /// <summary>The stability to set.</summary>
    public bool? Stable { get; set; }
}
