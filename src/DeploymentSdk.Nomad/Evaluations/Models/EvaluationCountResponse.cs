namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>GET /v1/evaluations/count</c>.</summary>
internal sealed class EvaluationCountResponse : ApiModel
{
    /// <summary>How many evaluations matched.</summary>
    public int? Count { get; set; }
}
