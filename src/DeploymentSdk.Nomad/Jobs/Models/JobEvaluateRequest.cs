using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/job/:id/evaluate</c>.</summary>
internal sealed class JobEvaluateRequest
{
    /// <summary>The job.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>Evaluation options.</summary>
    public JobEvaluateBody? EvalOptions { get; set; }
}
