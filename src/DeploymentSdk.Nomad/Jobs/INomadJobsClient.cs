namespace DeploymentSdk.Nomad;

/// <summary>Nomad's jobs endpoints (<c>/v1/jobs</c>, <c>/v1/job/:job_id/…</c>).</summary>
/// <remarks>
/// <para>
/// Every method validates its arguments before it sends anything: an empty or white-space job ID, a missing job, a
/// negative count or an oversized dispatch payload throws an <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> names the parameter. Job IDs are escaped as one path segment, so IDs of
/// dispatched and periodic children (<c>parent/dispatch-…</c>) address the right job.
/// </para>
/// <para>
/// Reads take <see cref="NomadQueryOptions"/>: set <see cref="NomadQueryOptions.WaitIndex"/> (and optionally
/// <see cref="NomadQueryOptions.WaitTime"/>) to make a blocking query that answers when the job changes. Every method
/// returns a <see cref="NomadResponse{T}"/>, which converts implicitly to its value.
/// </para>
/// <para>
/// A job that does not exist: <see cref="GetAsync"/>, <see cref="GetSummaryAsync"/>, <see cref="GetVersionsAsync"/>,
/// <see cref="GetSubmissionAsync"/>, <see cref="GetScaleStatusAsync"/> and <see cref="ListActionsAsync"/> throw a
/// <see cref="NomadApiException"/> of kind <see cref="ApiErrorKind.NotFound"/>, because Nomad answers 404. So does
/// <see cref="ListServicesAsync"/>. But Nomad answers 200 for the other sub-resources of a job that does not exist, and
/// the SDK passes that on: <see cref="ListAllocationsAsync"/>, <see cref="ListEvaluationsAsync"/> and
/// <see cref="ListDeploymentsAsync"/> return an empty list (Nomad sends <c>[]</c>), and
/// <see cref="GetLatestDeploymentAsync"/> returns a <see langword="null"/> value (Nomad sends <c>null</c>). Read the job
/// first when "no such job" must be told apart from "no allocations yet".
/// </para>
/// <para>
/// Only the dispatch endpoints honour <see cref="NomadWriteOptions.IdempotencyToken"/>; the other writes drop it and are
/// never retried by the SDK.
/// </para>
/// </remarks>
public interface INomadJobsClient
{
    /// <summary>Lists jobs (<c>GET /v1/jobs</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Namespace (<c>*</c> for all), prefix, filter, page size, blocking options, and <see cref="JobListOptions.IncludeMeta"/> to include each job's <see cref="JobListStub.Meta"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration; combined with the token given to the enumeration itself.</param>
    /// <returns>The jobs; <see cref="AsyncPageable{T}.AsPages"/> gives the pages with their <see cref="NomadQueryMeta"/>.</returns>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <example>
    /// <code>
    /// await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*", Prefix = "web" }, cancellationToken))
    ///     Console.WriteLine($"{job.Namespace}/{job.Id}: {job.Status}");
    /// </code>
    /// </example>
    AsyncPageable<JobListStub> ListAsync(JobListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Registers a new job or a new version of a job (<c>POST /v1/jobs</c>).</summary>
    /// <param name="job">The job; its <see cref="Job.Id"/> is required.</param>
    /// <param name="options">Check-and-set index, preserve counts and resources, evaluation priority, submission source.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created and the new job modify index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="job"/> has no ID.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has an evaluation priority outside 1–100.</exception>
    /// <exception cref="NomadApiException">Nomad refused the job; a stale <see cref="JobRegisterOptions.EnforceJobModifyIndex"/> has kind <see cref="ApiErrorKind.Conflict"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobRegisterResponse>> RegisterAsync(Job job, JobRegisterOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Converts an HCL job specification to a job on the server (<c>POST /v1/jobs/parse</c>).</summary>
    /// <param name="jobHcl">The HCL2 job specification.</param>
    /// <param name="options">HCL variables and whether to fill in defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The parsed job, ready to register.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobHcl"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">The specification does not parse (kind <see cref="ApiErrorKind.BadRequest"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<Job>> ParseAsync(string jobHcl, JobParseOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a job (<c>GET /v1/job/:job_id</c>); a blocking query when <see cref="NomadQueryOptions.WaitIndex"/> is set.</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="query">Namespace, region and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The job and the index to block on next.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">The job does not exist (kind <see cref="ApiErrorKind.NotFound"/>) or the read failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<Job>> GetAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the original source a job version was submitted from (<c>GET /v1/job/:job_id/submission?version=N</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="version">The job version.</param>
    /// <param name="query">Namespace, region and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">
    /// Kind <see cref="ApiErrorKind.NotFound"/> when the job, the version or its source does not exist (Nomad keeps the
    /// source of the last few versions only, and only when it was submitted with the job).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobSubmission>> GetSubmissionAsync(string jobId, ulong version, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the versions of a job, newest first, optionally with diffs (<c>GET /v1/job/:job_id/versions</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="options">Whether to return diffs, and against which version or tag.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The versions and, when asked for, the diffs.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">The job does not exist (kind <see cref="ApiErrorKind.NotFound"/>) or the read failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobVersionsResponse>> GetVersionsAsync(string jobId, JobVersionsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the allocations of a job (<c>GET /v1/job/:job_id/allocations</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="options">Namespace, region, blocking options, and <see cref="JobAllocationListOptions.IncludeAll"/> to include allocations of an earlier job with the same ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The allocations; empty for a job without allocations <em>and</em> for a job that does not exist (Nomad answers <c>[]</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<AllocationListStub>>> ListAllocationsAsync(string jobId, JobAllocationListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the evaluations of a job (<c>GET /v1/job/:job_id/evaluations</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="query">Namespace, region and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluations; empty for a job that does not exist (Nomad answers <c>[]</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<Evaluation>>> ListEvaluationsAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the deployments of a job (<c>GET /v1/job/:job_id/deployments</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="options">Namespace, region, blocking options, and <see cref="JobDeploymentListOptions.IncludeAll"/> to include deployments of an earlier job with the same ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deployments; empty for a job that does not exist (Nomad answers <c>[]</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<Deployment>>> ListDeploymentsAsync(string jobId, JobDeploymentListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the most recent deployment of a job (<c>GET /v1/job/:job_id/deployment</c>); a blocking query when <see cref="NomadQueryOptions.WaitIndex"/> is set.</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="query">Namespace, region and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deployment, or a <see langword="null"/> value when the job has none or does not exist (Nomad answers <c>null</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<Deployment?>> GetLatestDeploymentAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the services of a job registered in Nomad's service catalog (<c>GET /v1/job/:job_id/services</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="query">Namespace, region and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The service registrations; empty when the job has none (services in Consul are not listed here).</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">The job does not exist (kind <see cref="ApiErrorKind.NotFound"/>) or the read failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<ServiceRegistration>>> ListServicesAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the allocation counts of a job per task group (<c>GET /v1/job/:job_id/summary</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="query">Namespace, region and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">The job does not exist (kind <see cref="ApiErrorKind.NotFound"/>) or the read failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobSummary>> GetSummaryAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Registers a new version of the job with this ID (<c>POST /v1/job/:job_id</c>).</summary>
    /// <param name="jobId">The job ID; must equal <paramref name="job"/>'s <see cref="Job.Id"/>.</param>
    /// <param name="job">The job.</param>
    /// <param name="options">Check-and-set index (<see cref="JobRegisterOptions.EnforceJobModifyIndex"/>), preserve counts and resources, evaluation priority, submission source.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created and the new job modify index.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty, or <paramref name="job"/> is null or has another ID.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has an evaluation priority outside 1–100.</exception>
    /// <exception cref="NomadApiException">Nomad refused the job; a stale check-and-set index has kind <see cref="ApiErrorKind.Conflict"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobRegisterResponse>> UpdateAsync(string jobId, Job job, JobRegisterOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Dispatches an instance of a parameterized job (<c>POST /v1/job/:job_id/dispatch</c>).</summary>
    /// <param name="jobId">The parameterized job's ID.</param>
    /// <param name="options">Payload (at most 16 KiB), metadata, ID prefix and priority.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The child job's ID and its evaluation.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty, or the payload in <paramref name="options"/> is larger than <see cref="JobDispatchOptions.MaxPayloadBytes"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has a priority outside 1–100.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobDispatchResponse>> DispatchAsync(string jobId, JobDispatchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Dispatches an instance of a parameterized job with the bytes as the raw request body (<c>POST /v1/job/:job_id/dispatch/payload</c>, Nomad 1.9.2 and later).</summary>
    /// <param name="jobId">The parameterized job's ID.</param>
    /// <param name="payload">The payload, at most <see cref="JobDispatchOptions.MaxPayloadBytes"/> bytes; sent as is, not base64.</param>
    /// <param name="write">Region, namespace and idempotency token (Nomad dispatches at most one child per token, so a write with a token may be retried).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The child job's ID and its evaluation.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty, or <paramref name="payload"/> is larger than 16 KiB.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobDispatchResponse>> DispatchRawAsync(string jobId, ReadOnlyMemory<byte> payload, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Reverts a job to an earlier version by registering that version again (<c>POST /v1/job/:job_id/revert</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="version">The version to revert to.</param>
    /// <param name="options">Region, namespace, and the check-and-set <see cref="JobRevertOptions.EnforcePriorVersion"/>. An idempotency token is dropped (Nomad does not deduplicate reverts).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created and the new job modify index.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">A stale <see cref="JobRevertOptions.EnforcePriorVersion"/> has kind <see cref="ApiErrorKind.Conflict"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobRegisterResponse>> RevertAsync(string jobId, ulong version, JobRevertOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Marks a job version stable or unstable (<c>POST /v1/job/:job_id/stable</c>); auto-revert goes back to the last stable version.</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="version">The job version.</param>
    /// <param name="stable">The stability to set.</param>
    /// <param name="write">Region and namespace. An idempotency token is dropped: Nomad ignores it here, so the write is never retried.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The index of the write.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobStabilityResponse>> SetStabilityAsync(string jobId, ulong version, bool stable, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a new evaluation of a job, forcing the scheduler to run (<c>POST /v1/job/:job_id/evaluate</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="options">Region, namespace, and <see cref="JobEvaluateOptions.ForceReschedule"/>. An idempotency token is dropped.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobRegisterResponse>> EvaluateAsync(string jobId, JobEvaluateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs the scheduler on a job without changing anything (<c>POST /v1/job/:job_id/plan</c>).</summary>
    /// <param name="job">The job to plan; its <see cref="Job.Id"/> is required and addresses the endpoint.</param>
    /// <param name="options">Whether to return a diff; Sentinel override.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>What the scheduler would do, the diff and the job modify index to register with check-and-set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="job"/> has no ID.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobPlanResponse>> PlanAsync(Job job, JobPlanOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Launches a new instance of a periodic job now, even if that overlaps a running one (<c>POST /v1/job/:job_id/periodic/force</c>).</summary>
    /// <param name="jobId">The periodic job's ID.</param>
    /// <param name="write">Region and namespace. An idempotency token is dropped: Nomad ignores it here, so the write is never retried.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation of the new instance.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobPeriodicForceResponse>> ForcePeriodicAsync(string jobId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Stops (deregisters) a job and its allocations (<c>DELETE /v1/job/:job_id</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="options">Purge, stop in all regions, evaluation priority, skip shutdown delays.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation that stops the allocations.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> has an evaluation priority outside 1–100.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobDeregisterResponse>> DeregisterAsync(string jobId, JobDeregisterOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the desired and actual counts of a job's task groups and their scaling events (<c>GET /v1/job/:job_id/scale</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="query">Namespace, region and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The scale status.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">The job does not exist (kind <see cref="ApiErrorKind.NotFound"/>) or the read failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobScaleStatusResponse>> GetScaleStatusAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Changes the count of a task group, or records a scaling event (<c>POST /v1/job/:job_id/scale</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="taskGroup">The task group to scale.</param>
    /// <param name="count">The new count; <see langword="null"/> records an event without changing the count.</param>
    /// <param name="options">Message, error flag, metadata, Sentinel override and check-and-set index.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created (when the count changed) and the new job modify index.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> or <paramref name="taskGroup"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="NomadApiException">The job has an active deployment, or the check-and-set index is stale (kind <see cref="ApiErrorKind.Conflict"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobRegisterResponse>> ScaleAsync(string jobId, string taskGroup, long? count, JobScaleOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the actions defined in a job's tasks (<c>GET /v1/job/:job_id/actions</c>).</summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="query">Namespace and region.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The actions with their task and group; empty when the job defines none.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, empty or white space.</exception>
    /// <exception cref="NomadApiException">The job does not exist (kind <see cref="ApiErrorKind.NotFound"/>) or the read failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
    Task<NomadResponse<IReadOnlyList<JobAction>>> ListActionsAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Tags a job version (<c>POST /v1/job/:job_id/versions/:tag_name/tag</c>); a tagged version is kept and can be a diff base.</summary>
    /// <param name="jobId">The job ID. Nomad's route cannot address IDs that contain <c>/</c> (dispatched or periodic children).</param>
    /// <param name="tagName">The tag name, unique within the job; must not contain <c>/</c>.</param>
    /// <param name="version">The job version to tag.</param>
    /// <param name="options">Region, namespace and the tag's <see cref="JobTagVersionOptions.Description"/>. An idempotency token is dropped.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The tag with the time it was applied.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> or <paramref name="tagName"/> is empty or contains <c>/</c>.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobTagResponse>> TagVersionAsync(string jobId, string tagName, ulong version, JobTagVersionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a tag from a job version (<c>DELETE /v1/job/:job_id/versions/:tag_name/tag</c>).</summary>
    /// <param name="jobId">The job ID; must not contain <c>/</c> (see <see cref="TagVersionAsync"/>).</param>
    /// <param name="tagName">The tag name; must not contain <c>/</c>.</param>
    /// <param name="write">Region and namespace. An idempotency token is dropped: Nomad ignores it here, so the write is never retried.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The index of the write (the tag fields are empty).</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> or <paramref name="tagName"/> is empty or contains <c>/</c>.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobTagResponse>> UntagVersionAsync(string jobId, string tagName, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Validates a job on the server without registering it (<c>POST /v1/validate/job</c>).</summary>
    /// <param name="job">The job.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The validation errors and warnings; an invalid job is an answer, not an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<JobValidateResponse>> ValidateAsync(Job job, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one of the job's actions in a task of one of its allocations and waits for it to exit (<c>/v1/job/:job_id/action</c>
    /// over a WebSocket, with the exec protocol of <see cref="INomadAllocationsClient.ExecAsync"/>).
    /// </summary>
    /// <param name="jobId">The job ID.</param>
    /// <param name="action">The action's name, as <see cref="ListActionsAsync"/> lists it.</param>
    /// <param name="allocationId">The allocation to run it in (full UUID).</param>
    /// <param name="group">The allocation's task group.</param>
    /// <param name="task">The task that defines the action.</param>
    /// <param name="options">Streams, TTY, terminal sizes, namespace.</param>
    /// <param name="cancellationToken">Ends the session and drops its connection.</param>
    /// <returns>The action's exit code.</returns>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="allocationId"/> is not a full UUID.</exception>
    /// <exception cref="NomadApiException">Nomad refused the connection (403, 404).</exception>
    /// <exception cref="IOException">The connection ended before the action exited.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
    Task<int> RunActionAsync(string jobId, string action, string allocationId, string group, string task, NomadExecOptions? options = null, CancellationToken cancellationToken = default);
}
