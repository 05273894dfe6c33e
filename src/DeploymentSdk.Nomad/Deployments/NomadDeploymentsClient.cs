using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The deployments endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadDeploymentsClient(NomadPipeline pipeline) : INomadDeploymentsClient, INomadPipelineClient
{
    private readonly NomadPipeline _pipeline = pipeline;

    /// <summary>The pipeline and the options it was made from (the watch budget reads the connection limit there).</summary>
    public NomadPipeline Pipeline => _pipeline;

    public AsyncPageable<Deployment> ListAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        NomadIds.RequireHexPrefix(query, nameof(query));
        return _pipeline.Paginate("v1/deployments", query, NomadJsonContext.Default.ListDeployment, cancellationToken);
    }

    public Task<NomadResponse<Deployment>> GetAsync(string deploymentId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(deploymentId, nameof(deploymentId));
        return _pipeline.QueryAsync($"v1/deployment/{id}", query, NomadJsonContext.Default.Deployment, cancellationToken);
    }

    public Task<NomadResponse<IReadOnlyList<AllocationListStub>>> ListAllocationsAsync(string deploymentId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(deploymentId, nameof(deploymentId));
        return _pipeline.QueryListAsync($"v1/deployment/allocations/{id}", query, NomadJsonContext.Default.ListAllocationListStub, cancellationToken);
    }

    public Task<NomadResponse<DeploymentUpdateResponse>> FailAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(deploymentId, nameof(deploymentId));
        return UpdateAsync("fail", id, new DeploymentIdRequest { DeploymentId = deploymentId }, NomadJsonContext.Default.DeploymentIdRequest, write, cancellationToken);
    }

    public Task<NomadResponse<DeploymentUpdateResponse>> PauseAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        SetPausedAsync(deploymentId, pause: true, write, cancellationToken);

    public Task<NomadResponse<DeploymentUpdateResponse>> ResumeAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        SetPausedAsync(deploymentId, pause: false, write, cancellationToken);

    public Task<NomadResponse<DeploymentUpdateResponse>> PromoteAsync(
        string deploymentId,
        DeploymentPromoteOptions options,
        CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(deploymentId, nameof(deploymentId));
        ArgumentNullException.ThrowIfNull(options);
        var all = options.All;
        var groupList = options.Groups?.ToList();
        if (groupList is not null && groupList.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A task group name in DeploymentPromoteOptions.Groups is null or empty.", nameof(options));
        }

        if (!all && (groupList is null || groupList.Count == 0))
        {
            throw new ArgumentException("Say what to promote: DeploymentPromoteOptions.All for every task group, or the names of the groups in Groups.", nameof(options));
        }

        if (all && groupList is { Count: > 0 })
        {
            throw new ArgumentException("Set either DeploymentPromoteOptions.All or Groups, not both.", nameof(options));
        }

        var body = new DeploymentPromoteRequest { DeploymentId = deploymentId, All = all ? true : null, Groups = all ? null : groupList };
        return UpdateAsync("promote", id, body, NomadJsonContext.Default.DeploymentPromoteRequest, options, cancellationToken);
    }

    public Task<NomadResponse<DeploymentUpdateResponse>> SetAllocationHealthAsync(
        string deploymentId,
        IEnumerable<string>? healthyAllocationIds,
        IEnumerable<string>? unhealthyAllocationIds,
        NomadWriteOptions? write = null,
        CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(deploymentId, nameof(deploymentId));
        var healthy = AllocationIds(healthyAllocationIds, nameof(healthyAllocationIds));
        var unhealthy = AllocationIds(unhealthyAllocationIds, nameof(unhealthyAllocationIds));
        if (healthy is null && unhealthy is null)
        {
            throw new ArgumentException(
                "Name at least one allocation: healthyAllocationIds and unhealthyAllocationIds are both empty.",
                nameof(healthyAllocationIds));
        }

        var body = new DeploymentAllocHealthRequest
        {
            DeploymentId = deploymentId,
            HealthyAllocationIds = healthy,
            UnhealthyAllocationIds = unhealthy,
        };
        return UpdateAsync("allocation-health", id, body, NomadJsonContext.Default.DeploymentAllocHealthRequest, write, cancellationToken);
    }

    public Task<NomadResponse<DeploymentUpdateResponse>> UnblockAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(deploymentId, nameof(deploymentId));
        return UpdateAsync("unblock", id, new DeploymentIdRequest { DeploymentId = deploymentId }, NomadJsonContext.Default.DeploymentIdRequest, write, cancellationToken);
    }

    private Task<NomadResponse<DeploymentUpdateResponse>> SetPausedAsync(string deploymentId, bool pause, NomadWriteOptions? write, CancellationToken cancellationToken)
    {
        var id = NomadIds.PathUuid(deploymentId, nameof(deploymentId));
        var body = new DeploymentPauseRequest { DeploymentId = deploymentId, Pause = pause };
        return UpdateAsync("pause", id, body, NomadJsonContext.Default.DeploymentPauseRequest, write, cancellationToken);
    }

    // Every change is a POST to /v1/deployment/<action>/<id> whose body repeats the ID (Nomad rejects a mismatch).
    private Task<NomadResponse<DeploymentUpdateResponse>> UpdateAsync<TBody>(
        string action,
        string escapedId,
        TBody body,
        JsonTypeInfo<TBody> bodyTypeInfo,
        NomadWriteOptions? write,
        CancellationToken cancellationToken) =>
        _pipeline.WriteAsync(
            HttpMethod.Post,
            $"v1/deployment/{action}/{escapedId}",
            body,
            bodyTypeInfo,
            NomadJsonContext.Default.DeploymentUpdateResponse,
            write.WithoutIdempotencyToken(),
            cancellationToken);

    // Null for "none given"; every ID must be a full UUID.
    private static List<string>? AllocationIds(IEnumerable<string>? ids, string paramName)
    {
        var list = ids?.ToList();
        if (list is null || list.Count == 0)
        {
            return null;
        }

        foreach (var allocationId in list)
        {
            NomadIds.RequireUuid(allocationId, paramName);
        }

        return list;
    }
}
