using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The jobs endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadJobsClient(NomadPipeline pipeline) : INomadJobsClient
{
    public AsyncPageable<JobListStub> ListAsync(NomadQueryOptions? query = null) =>
        pipeline.Paginate("v1/jobs", query, NomadJsonContext.Default.ListJobListStub);
}
