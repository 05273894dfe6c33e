namespace DeploymentSdk.Nomad;

/// <summary>Options of listing evaluations (<c>GET /v1/evaluations</c>): the query options plus server-side filters.</summary>
public sealed class EvaluationListOptions : NomadQueryOptions
{
    /// <summary>Only evaluations of this job (<c>?job=</c>).</summary>
    public string? JobId { get; set; }

    /// <summary>Only evaluations in this status (<c>?status=</c>).</summary>
    public EvaluationStatus? Status { get; set; }
}
