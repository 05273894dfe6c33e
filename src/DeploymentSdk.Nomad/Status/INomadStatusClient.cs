namespace DeploymentSdk.Nomad;

/// <summary>Nomad's status endpoints: the Raft leader and peers of a region (<c>/v1/status/leader</c>, <c>/v1/status/peers</c>).</summary>
/// <remarks>
/// Nomad answers both without an ACL token, so they show that a cluster is reachable and has a leader, not that a
/// token is accepted. <see cref="NomadQueryOptions.Region"/> asks about another region; the answering agent forwards the
/// request there.
/// </remarks>
public interface INomadStatusClient
{
    /// <summary>Reads the address of the region's Raft leader (<c>GET /v1/status/leader</c>).</summary>
    /// <param name="query">The region to ask about (the client's region when not set).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>
    /// The leader's RPC address, for example <c>10.0.0.1:4647</c>; an empty string when the region has no leader
    /// (during an election, or when the servers lost quorum).
    /// </returns>
    /// <exception cref="NomadApiException">Nomad answered an error, or it could not be reached.</exception>
    /// <example>
    /// <code>
    /// string leader = await nomad.Status.GetLeaderAsync();
    /// Console.WriteLine(leader.Length == 0 ? "no leader" : $"leader: {leader}");
    /// </code>
    /// </example>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<string>> GetLeaderAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the RPC addresses of the region's Raft peers, the servers that vote (<c>GET /v1/status/peers</c>).</summary>
    /// <param name="query">The region to ask about (the client's region when not set).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The peers' addresses, for example <c>10.0.0.1:4647</c>; empty when Nomad knows none.</returns>
    /// <exception cref="NomadApiException">Nomad answered an error, or it could not be reached.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<string>>> GetPeersAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default);
}
