using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>DELETE /v1/evaluations</c>: either IDs or a filter.</summary>
internal sealed class EvaluationDeleteRequest
{
    /// <summary>The evaluations to delete.</summary>
    [JsonPropertyName("EvalIDs")]
    public IList<string>? EvalIds { get; set; }

    /// <summary>A filter expression selecting the evaluations to delete.</summary>
    public string? Filter { get; set; }
}
