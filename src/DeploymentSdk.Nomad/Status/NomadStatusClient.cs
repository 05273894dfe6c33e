using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The status endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadStatusClient(NomadPipeline pipeline) : INomadStatusClient
{
    private readonly NomadPipeline _pipeline = pipeline;

    // Nomad writes the leader as a JSON string; a null body is read as "no leader" like the empty string.
    public Task<NomadResponse<string>> GetLeaderAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        _pipeline.QueryAsync("v1/status/leader", query, NomadJsonContext.Default.String, cancellationToken, whenNull: static () => string.Empty);

    public Task<NomadResponse<IReadOnlyList<string>>> GetPeersAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        _pipeline.QueryListAsync("v1/status/peers", query, NomadJsonContext.Default.ListString, cancellationToken);
}
