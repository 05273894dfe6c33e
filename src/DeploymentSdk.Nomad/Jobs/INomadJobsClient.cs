namespace DeploymentSdk.Nomad;

/// <summary>Nomad's jobs endpoints (<c>/v1/jobs</c>, <c>/v1/job/:job_id/…</c>).</summary>
public interface INomadJobsClient
{
    /// <summary>Lists jobs (<c>GET /v1/jobs</c>), page by page as it is enumerated.</summary>
    /// <param name="query">Namespace (<c>*</c> for all), prefix, filter, page size and blocking options.</param>
    /// <returns>The jobs; <see cref="AsyncPageable{T}.AsPages"/> gives the pages with their <see cref="NomadQueryMeta"/>.</returns>
    AsyncPageable<JobListStub> ListAsync(NomadQueryOptions? query = null);
}
