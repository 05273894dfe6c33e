namespace DeploymentSdk.Nomad;

/// <summary>Nomad's deployments endpoints: list, read, promote, fail, pause/resume, set allocation health and unblock (<c>/v1/deployments</c>, <c>/v1/deployment/…</c>).</summary>
/// <remarks>
/// Deployment and allocation IDs must be full UUIDs and a list prefix an even number of hex digits; other values throw
/// <see cref="ArgumentException"/> before anything is sent. Nomad does not deduplicate deployment changes, so
/// <see cref="NomadWriteOptions.IdempotencyToken"/> is not sent and they are never retried.
/// </remarks>
public interface INomadDeploymentsClient
{
    /// <summary>Lists deployments (<c>GET /v1/deployments</c>), page by page as it is enumerated.</summary>
    /// <param name="query">
    /// Namespace (<c>*</c> for all), ID prefix (an even number of hex digits), filter, page size, reverse order and blocking options.
    /// </param>
    /// <param name="cancellationToken">Stops the enumeration; combined with the token given to the enumeration itself.</param>
    /// <returns>The deployments; <see cref="AsyncPageable{T}.AsPages"/> gives the pages with their <see cref="NomadQueryMeta"/>.</returns>
    /// <exception cref="ArgumentException"><see cref="NomadQueryOptions.Prefix"/> is not an even number of hex digits.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <example>
    /// <code>
    /// await foreach (var deployment in nomad.Deployments.ListAsync(new NomadQueryOptions { Namespace = "*" }, cancellationToken))
    ///     Console.WriteLine($"{deployment.JobId} {deployment.Id}: {deployment.Status}");
    /// </code>
    /// </example>
    AsyncPageable<Deployment> ListAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one deployment (<c>GET /v1/deployment/:id</c>); a blocking read when <see cref="NomadQueryOptions.WaitIndex"/> is set.</summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="query">Region, namespace and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deployment and the answer's metadata.</returns>
    /// <exception cref="NomadApiException">Nomad answered an error; <see cref="ApiErrorKind.NotFound"/> for an unknown deployment.</exception>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<Deployment>> GetAsync(string deploymentId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the allocations created or changed by a deployment (<c>GET /v1/deployment/allocations/:id</c>).</summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="query">Region, namespace and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The allocations and the answer's metadata.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<AllocationListStub>>> ListAllocationsAsync(string deploymentId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a deployment as failed (<c>POST /v1/deployment/fail/:id</c>): the scheduler stops placing its allocations and,
    /// where the group has <c>auto_revert</c> and the last stable version differs, rolls the job back.
    /// </summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created and, after a rollback, the job version reverted to.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<DeploymentUpdateResponse>> FailAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Pauses a rolling deployment (<c>POST /v1/deployment/pause/:id</c> with <c>Pause: true</c>).</summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result of the change.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<DeploymentUpdateResponse>> PauseAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes a paused deployment (<c>POST /v1/deployment/pause/:id</c> with <c>Pause: false</c>).</summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result of the change.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<DeploymentUpdateResponse>> ResumeAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Promotes the canaries of a deployment (<c>POST /v1/deployment/promote/:id</c>), so the rolling update of the remaining
    /// allocations starts: of every task group (<see cref="DeploymentPromoteOptions.All"/>) or of the named <see cref="DeploymentPromoteOptions.Groups"/>.
    /// </summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="options">What to promote: <see cref="DeploymentPromoteOptions.All"/> or <see cref="DeploymentPromoteOptions.Groups"/> (exactly one), plus region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result of the change.</returns>
    /// <exception cref="ArgumentException">
    /// Neither <see cref="DeploymentPromoteOptions.All"/> nor any group was given, both were given, or a group name is empty.
    /// </exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<DeploymentUpdateResponse>> PromoteAsync(
        string deploymentId,
        DeploymentPromoteOptions options,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the health of allocations of a deployment by hand (<c>POST /v1/deployment/allocation-health/:id</c>), for groups
    /// with <c>health_check = "manual"</c>: healthy ones let the rolling update continue, an unhealthy one fails the deployment.
    /// </summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="healthyAllocationIds">Full UUIDs of allocations to mark healthy.</param>
    /// <param name="unhealthyAllocationIds">Full UUIDs of allocations to mark unhealthy.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result of the change; <see cref="DeploymentUpdateResponse.RevertedJobVersion"/> is set when it rolled the job back.</returns>
    /// <exception cref="ArgumentException">Both lists are empty, or an ID is not a full UUID.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<DeploymentUpdateResponse>> SetAllocationHealthAsync(
        string deploymentId,
        IEnumerable<string>? healthyAllocationIds,
        IEnumerable<string>? unhealthyAllocationIds,
        NomadWriteOptions? write = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a blocked multiregion deployment as successful (<c>POST /v1/deployment/unblock/:id</c>), for when a failed peer
    /// region cannot report its status.
    /// </summary>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result of the change.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<DeploymentUpdateResponse>> UnblockAsync(string deploymentId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);
}
