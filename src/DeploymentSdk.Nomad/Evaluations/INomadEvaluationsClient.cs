namespace DeploymentSdk.Nomad;

/// <summary>Nomad's evaluations endpoints: list, read, their allocations, count and delete (<c>/v1/evaluations</c>, <c>/v1/evaluation/…</c>).</summary>
/// <remarks>
/// Evaluation IDs must be full UUIDs and a list prefix an even number of hex digits; other values throw
/// <see cref="ArgumentException"/> before anything is sent. A delete is not deduplicated by Nomad, so
/// <see cref="NomadWriteOptions.IdempotencyToken"/> is not sent and it is never retried.
/// </remarks>
public interface INomadEvaluationsClient
{
    /// <summary>Lists evaluations (<c>GET /v1/evaluations</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Namespace (<c>*</c> for all), ID prefix, filter, page size, blocking options, and the <see cref="EvaluationListOptions.JobId"/> and <see cref="EvaluationListOptions.Status"/> filters.</param>
    /// <param name="cancellationToken">Stops the enumeration; combined with the token given to the enumeration itself.</param>
    /// <returns>The evaluations; <see cref="AsyncPageable{T}.AsPages"/> gives the pages with their <see cref="NomadQueryMeta"/>.</returns>
    /// <exception cref="ArgumentException"><see cref="NomadQueryOptions.Prefix"/> is not an even number of hex digits.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <example>
    /// <code>
    /// await foreach (var evaluation in nomad.Evaluations.ListAsync(new EvaluationListOptions { Status = EvaluationStatus.Blocked }, cancellationToken))
    ///     Console.WriteLine($"{evaluation.JobId}: {evaluation.StatusDescription}");
    /// </code>
    /// </example>
    AsyncPageable<Evaluation> ListAsync(EvaluationListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one evaluation (<c>GET /v1/evaluation/:id</c>); a blocking read when <see cref="NomadQueryOptions.WaitIndex"/> is set.</summary>
    /// <param name="evaluationId">The evaluation's full UUID.</param>
    /// <param name="options">Region, namespace, blocking options, and <see cref="EvaluationGetOptions.IncludeRelated"/> (default true) for <see cref="Evaluation.RelatedEvals"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation and the answer's metadata.</returns>
    /// <exception cref="NomadApiException">Nomad answered an error; <see cref="ApiErrorKind.NotFound"/> for an unknown evaluation.</exception>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<Evaluation>> GetAsync(string evaluationId, EvaluationGetOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the allocations an evaluation created or changed (<c>GET /v1/evaluation/:id/allocations</c>).</summary>
    /// <param name="evaluationId">The evaluation's full UUID.</param>
    /// <param name="query">Region, namespace and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The allocations and the answer's metadata.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<AllocationListStub>>> ListAllocationsAsync(string evaluationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Counts evaluations (<c>GET /v1/evaluations/count</c>).</summary>
    /// <param name="query">Namespace (<c>*</c> for all), ID prefix, filter and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>How many evaluations matched.</returns>
    /// <exception cref="ArgumentException"><see cref="NomadQueryOptions.Prefix"/> is not an even number of hex digits.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<int>> CountAsync(NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes evaluations by ID (<c>DELETE /v1/evaluations</c>). An operator's repair tool: Nomad only allows it while
    /// the eval broker is paused, and at most 7281 IDs per call.
    /// </summary>
    /// <param name="evaluationIds">The evaluations' full UUIDs.</param>
    /// <param name="write">Region.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>How many evaluations were deleted.</returns>
    /// <exception cref="ArgumentException">The list is empty, longer than 7281, or holds an ID that is not a full UUID.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<int>> DeleteAsync(IEnumerable<string> evaluationIds, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the evaluations a filter expression selects (<c>DELETE /v1/evaluations</c>); the eval broker must be paused.</summary>
    /// <param name="filter">The filter expression, for example <c>Status == "pending"</c>.</param>
    /// <param name="write">Region.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>How many evaluations were deleted.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<int>> DeleteByFilterAsync(string filter, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);
}
