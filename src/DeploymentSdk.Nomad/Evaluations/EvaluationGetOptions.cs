namespace DeploymentSdk.Nomad;

/// <summary>Options of reading an evaluation (<c>GET /v1/evaluation/:eval_id</c>).</summary>
public sealed class EvaluationGetOptions : NomadQueryOptions
{
    /// <summary>Include the stubs of related evaluations (<c>?related=true</c>).</summary>
    public bool IncludeRelated { get; set; } = true;
}
