namespace DeploymentSdk.Nomad;

/// <summary>The body answered by <c>DELETE /v1/evaluations</c>.</summary>
internal sealed class EvaluationDeleteResponse : ApiModel
{
    /// <summary>How many evaluations were deleted.</summary>
    public int? Count { get; set; }
}
