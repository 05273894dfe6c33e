namespace DeploymentSdk.Nomad;

/// <summary>Options of listing jobs (<c>GET /v1/jobs</c>): the query options plus what to include.</summary>
public sealed class JobListOptions : NomadQueryOptions
{
    /// <summary>Include each job's <c>Meta</c> in the list stubs (<c>?meta=true</c>).</summary>
    public bool IncludeMeta { get; set; }
}
