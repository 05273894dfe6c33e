using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The evaluations endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadEvaluationsClient(NomadPipeline pipeline) : INomadEvaluationsClient, INomadPipelineOwner
{
    // Nomad's MaxUUIDsPerWriteRequest: what fits in its 256 KiB write limit.
    private const int MaxIdsPerDelete = 7281;

    private readonly NomadPipeline _pipeline = pipeline;

    NomadPipeline INomadPipelineOwner.Pipeline => _pipeline;

    public AsyncPageable<Evaluation> ListAsync(EvaluationListOptions? options = null, CancellationToken cancellationToken = default)
    {
        NomadIds.RequireHexPrefix(options, nameof(options));
        var jobId = options?.JobId;
        var status = options?.Status;
        return _pipeline.Paginate(
            "v1/evaluations",
            options,
            NomadJsonContext.Default.ListEvaluation,
            cancellationToken,
            request => request.AddQuery("job", jobId).AddQuery("status", status?.Value));
    }

    public Task<NomadResponse<Evaluation>> GetAsync(string evaluationId, EvaluationGetOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(evaluationId, nameof(evaluationId));
        var includeRelated = options?.IncludeRelated != false;
        return _pipeline.QueryAsync(
            $"v1/evaluation/{id}",
            options,
            NomadJsonContext.Default.Evaluation,
            cancellationToken,
            request => request.AddQuery("related", includeRelated ? "true" : null));
    }

    public Task<NomadResponse<IReadOnlyList<AllocationListStub>>> ListAllocationsAsync(string evaluationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(evaluationId, nameof(evaluationId));
        return _pipeline.QueryListAsync($"v1/evaluation/{id}/allocations", query, NomadJsonContext.Default.ListAllocationListStub, cancellationToken);
    }

    public async Task<NomadResponse<int>> CountAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        NomadIds.RequireHexPrefix(query, nameof(query));
        var response = await _pipeline.QueryAsync("v1/evaluations/count", query, NomadJsonContext.Default.EvaluationCountResponse, cancellationToken).ConfigureAwait(false);
        return new NomadResponse<int>(response.Value.Count ?? 0, response.Meta);
    }

    public Task<NomadResponse<int>> DeleteAsync(IEnumerable<string> evaluationIds, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluationIds);
        var ids = evaluationIds.ToList();
        if (ids.Count is 0 or > MaxIdsPerDelete)
        {
            throw new ArgumentException($"Pass between 1 and {MaxIdsPerDelete} evaluation IDs; got {ids.Count}.", nameof(evaluationIds));
        }

        foreach (var id in ids)
        {
            NomadIds.RequireUuid(id, nameof(evaluationIds));
        }

        return DeleteCoreAsync(new EvaluationDeleteRequest { EvalIds = ids }, write, cancellationToken);
    }

    public Task<NomadResponse<int>> DeleteByFilterAsync(string filter, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filter);
        return DeleteCoreAsync(new EvaluationDeleteRequest { Filter = filter }, write, cancellationToken);
    }

    private async Task<NomadResponse<int>> DeleteCoreAsync(EvaluationDeleteRequest body, NomadWriteOptions? write, CancellationToken cancellationToken)
    {
        var response = await _pipeline.WriteAsync(
            HttpMethod.Delete,
            "v1/evaluations",
            body,
            NomadJsonContext.Default.EvaluationDeleteRequest,
            NomadJsonContext.Default.EvaluationDeleteResponse,
            write.WithoutIdempotencyToken(),
            cancellationToken).ConfigureAwait(false);
        return new NomadResponse<int>(response.Value.Count ?? 0, response.Meta);
    }
}
