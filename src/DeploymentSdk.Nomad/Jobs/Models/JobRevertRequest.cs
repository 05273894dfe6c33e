using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/job/:id/revert</c>.</summary>
internal sealed class JobRevertRequest
{
    /// <summary>The job.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The version to revert to.</summary>
    public ulong? JobVersion { get; set; }

    /// <summary>The version the job must currently be at.</summary>
    public ulong? EnforcePriorVersion { get; set; }
}
