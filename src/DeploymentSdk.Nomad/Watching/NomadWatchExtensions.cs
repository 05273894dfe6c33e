namespace DeploymentSdk.Nomad;

/// <summary>
/// Typed watches of Nomad's blocking reads: each is an <see cref="IAsyncEnumerable{T}"/> that yields the current state,
/// then each change. The rules (pacing, backoff, index resets, cancellation) are those of <see cref="NomadWatch"/>; the
/// namespace, region and filter come from <see cref="NomadWatchOptions.Query"/>.
/// </summary>
/// <remarks>
/// A watch of one object yields <see langword="null"/> as its value while the object does not exist (Nomad answers 404
/// with an index), so a watch can start before the object is created and sees it deleted.
/// </remarks>
public static class NomadWatchExtensions
{
    /// <summary>Watches one job (<c>GET /v1/job/:job_id</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="jobId">The job's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive versions of the job; <see langword="null"/> while it does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null or empty.</exception>
    /// <remarks>Within the connection budget of deployment watches (see
    /// <see cref="WatchAsync(INomadDeploymentsClient, string, NomadWatchOptions, CancellationToken)"/>): beyond the direct
    /// watches, job watches share ONE blocking query of <c>GET /v1/jobs</c> (per namespace and region), and a watch whose
    /// job's <c>ModifyIndex</c> changed reads it once with a plain read (the list carries only stubs).</remarks>
    /// <example>
    /// <code>
    /// await foreach (var job in nomad.Jobs.WatchAsync("web", cancellationToken: stopping))
    ///     Console.WriteLine(job.Value is null ? "web is not registered" : $"web v{job.Value.Version}: {job.Value.Status}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<Job?>> WatchAsync(
        this INomadJobsClient jobs,
        string jobId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return BudgetedObjectWatch.WatchAsync(jobs, jobId, JobKind(jobs, jobId), ValidCopy(options), cancellationToken);
    }

    /// <summary>Watches the list of jobs (<c>GET /v1/jobs</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace (<c>*</c> for all), prefix or filter.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive job lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <example>
    /// <code>
    /// await foreach (var jobs in nomad.Jobs.WatchListAsync(new() { Query = new() { Namespace = "*" } }, stopping))
    ///     Console.WriteLine($"{jobs.Value.Count} jobs at index {jobs.LastIndex}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<JobListStub>>> WatchListAsync(
        this INomadJobsClient jobs,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return NomadWatch.CreateListLogged((query, token) => jobs.ListAsync(query.CopyAs<JobListOptions>(), token), options, NomadWatchLog.Of(jobs), cancellationToken);
    }

    /// <summary>Watches the allocation counts of one job (<c>GET /v1/job/:job_id/summary</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="jobId">The job's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive summaries; <see langword="null"/> while the job does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null or empty.</exception>
    /// <example>
    /// <code>
    /// await foreach (var summary in nomad.Jobs.WatchSummaryAsync("web", cancellationToken: cancellationToken))
    ///     foreach (var (group, counts) in summary.Value?.Summary ?? new Dictionary&lt;string, TaskGroupSummary&gt;())
    ///         Console.WriteLine($"{group}: {counts.Running} running, {counts.Failed} failed");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<JobSummary?>> WatchSummaryAsync(
        this INomadJobsClient jobs,
        string jobId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return NomadWatch.CreateForObjectLogged((query, token) => jobs.GetSummaryAsync(jobId, query, token), options, NomadWatchLog.Of(jobs), cancellationToken);
    }

    /// <summary>Watches the allocations of one job (<c>GET /v1/job/:job_id/allocations</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="jobId">The job's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive allocation lists of the job (empty while the job does not exist).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null or empty.</exception>
    /// <example>
    /// <code>
    /// await foreach (var allocations in nomad.Jobs.WatchAllocationsAsync("web", cancellationToken: cancellationToken))
    ///     Console.WriteLine($"{allocations.Value.Count(a =&gt; a.ClientStatus == AllocationClientStatus.Running)} of {allocations.Value.Count} running");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<AllocationListStub>>> WatchAllocationsAsync(
        this INomadJobsClient jobs,
        string jobId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return NomadWatch.CreateLogged((query, token) => jobs.ListAllocationsAsync(jobId, query.CopyAs<JobAllocationListOptions>(), token), options, NomadWatchLog.Of(jobs), cancellationToken);
    }

    /// <summary>Watches the deployments of one job (<c>GET /v1/job/:job_id/deployments</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="jobId">The job's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive deployment lists of the job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null or empty.</exception>
    /// <example>
    /// <code>
    /// await foreach (var deployments in nomad.Jobs.WatchDeploymentsAsync("web", cancellationToken: cancellationToken))
    ///     Console.WriteLine(string.Join(", ", deployments.Value.Select(d =&gt; $"{d.Id}: {d.Status}")));
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<Deployment>>> WatchDeploymentsAsync(
        this INomadJobsClient jobs,
        string jobId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return NomadWatch.CreateLogged((query, token) => jobs.ListDeploymentsAsync(jobId, query.CopyAs<JobDeploymentListOptions>(), token), options, NomadWatchLog.Of(jobs), cancellationToken);
    }

    /// <summary>Watches the latest deployment of one job (<c>GET /v1/job/:job_id/deployment</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="jobId">The job's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive latest deployments; <see langword="null"/> while the job has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null or empty.</exception>
    /// <example>
    /// <code>
    /// await foreach (var latest in nomad.Jobs.WatchLatestDeploymentAsync("web", cancellationToken: cancellationToken))
    ///     Console.WriteLine(latest.Value is null ? "no deployment yet" : $"{latest.Value.Id}: {latest.Value.StatusDescription}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<Deployment?>> WatchLatestDeploymentAsync(
        this INomadJobsClient jobs,
        string jobId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return NomadWatch.CreateLogged((query, token) => jobs.GetLatestDeploymentAsync(jobId, query, token), options, NomadWatchLog.Of(jobs), cancellationToken);
    }

    /// <summary>Watches the evaluations of one job (<c>GET /v1/job/:job_id/evaluations</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="jobId">The job's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive evaluation lists of the job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null or empty.</exception>
    /// <example>
    /// <code>
    /// await foreach (var evaluations in nomad.Jobs.WatchEvaluationsAsync("web", cancellationToken: cancellationToken))
    ///     Console.WriteLine($"{evaluations.Value.Count(e =&gt; e.Status == EvaluationStatus.Blocked)} blocked evaluation(s)");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<Evaluation>>> WatchEvaluationsAsync(
        this INomadJobsClient jobs,
        string jobId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return NomadWatch.CreateLogged((query, token) => jobs.ListEvaluationsAsync(jobId, query, token), options, NomadWatchLog.Of(jobs), cancellationToken);
    }

    /// <summary>Watches one deployment (<c>GET /v1/deployment/:deployment_id</c> as a blocking query).</summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="deploymentId">The deployment's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive states of the deployment; <see langword="null"/> while it does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="deploymentId"/> is not a full UUID.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    /// <remarks>
    /// <para>Many watches, one connection: Nomad speaks HTTP/1.1 only, so a blocking query holds a connection for up to
    /// its wait, and Nomad closes connections beyond 100 per client IP by default. The SDK never opens more than the
    /// client's <see cref="ApiClientOptions.MaxConnectionsPerServer"/> (M, default 32) connections to a server. The first
    /// min(3, M / 8) per-object watches (deployments, allocations and jobs together) running at once through clients of
    /// the same registration are blocking queries of their own object (3 under the default, none when M is below 8);
    /// every further one shares ONE blocking query of the list (<c>GET /v1/deployments?index=…</c>, same namespace and
    /// region), and receives its deployment's state when that deployment's <c>ModifyIndex</c> changes, or it appears or
    /// goes away. Whatever the number of watches, deployment watches hold at most min(3, M / 8) + 1 connections (4 under
    /// the default). A watch whose <see cref="NomadWatchOptions.Query"/> sets a filter, prefix, parameters or headers is
    /// always a query of its own. The shared query uses the options of the watch that started it.</para>
    /// <para>To follow thousands of objects of every kind, use one event-stream follower instead
    /// (<see cref="INomadEventsClient.CreateFollower"/>): one connection for every change.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await foreach (var deployment in nomad.Deployments.WatchAsync(deploymentId, cancellationToken: cancellationToken))
    /// {
    ///     Console.WriteLine($"{deployment.Value?.Status}: {deployment.Value?.StatusDescription}");
    ///     if (deployment.Value?.Status == DeploymentStatus.Successful || deployment.Value?.Status == DeploymentStatus.Failed)
    ///         break;
    /// }
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<Deployment?>> WatchAsync(
        this INomadDeploymentsClient deployments,
        string deploymentId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        NomadIds.RequireUuid(deploymentId, nameof(deploymentId));
        return BudgetedObjectWatch.WatchAsync(deployments, deploymentId, DeploymentKind(deployments, deploymentId), ValidCopy(options), cancellationToken);
    }

    /// <summary>Watches the list of deployments (<c>GET /v1/deployments</c> as a blocking query).</summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace, prefix or filter.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive deployment lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployments"/> is null.</exception>
    /// <example>
    /// <code>
    /// var everywhere = new NomadWatchOptions { Query = new NomadQueryOptions { Namespace = "*" } };
    /// await foreach (var deployments in nomad.Deployments.WatchListAsync(everywhere, cancellationToken))
    ///     Console.WriteLine($"{deployments.Value.Count(d =&gt; d.Status == DeploymentStatus.Running)} deployment(s) running");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<Deployment>>> WatchListAsync(
        this INomadDeploymentsClient deployments,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        return NomadWatch.CreateListLogged((query, token) => deployments.ListAsync(query, token), options, NomadWatchLog.Of(deployments), cancellationToken);
    }

    /// <summary>Watches the allocations of one deployment (<c>GET /v1/deployment/allocations/:deployment_id</c> as a blocking query).</summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="deploymentId">The deployment's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive allocation lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="deploymentId"/> is not a full UUID.</exception>
    /// <example>
    /// <code>
    /// await foreach (var allocations in nomad.Deployments.WatchAllocationsAsync(deploymentId, cancellationToken: cancellationToken))
    ///     foreach (var allocation in allocations.Value)
    ///         Console.WriteLine($"{allocation.Name} on {allocation.NodeName}: {allocation.ClientStatus}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<AllocationListStub>>> WatchAllocationsAsync(
        this INomadDeploymentsClient deployments,
        string deploymentId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        NomadIds.RequireUuid(deploymentId, nameof(deploymentId));
        return NomadWatch.CreateLogged((query, token) => deployments.ListAllocationsAsync(deploymentId, query, token), options, NomadWatchLog.Of(deployments), cancellationToken);
    }

    /// <summary>Watches one evaluation (<c>GET /v1/evaluation/:eval_id</c> as a blocking query, without related evaluations).</summary>
    /// <param name="evaluations">The evaluations client.</param>
    /// <param name="evaluationId">The evaluation's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive states of the evaluation; <see langword="null"/> while it does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evaluationId"/> is not a full UUID.</exception>
    /// <example>
    /// <code>
    /// await foreach (var evaluation in nomad.Evaluations.WatchAsync(evaluationId, cancellationToken: cancellationToken))
    /// {
    ///     Console.WriteLine($"{evaluation.Value?.Status}: {evaluation.Value?.StatusDescription}");
    ///     if (evaluation.Value?.Status == EvaluationStatus.Complete)
    ///         break;
    /// }
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<Evaluation?>> WatchAsync(
        this INomadEvaluationsClient evaluations,
        string evaluationId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        NomadIds.RequireUuid(evaluationId, nameof(evaluationId));
        return NomadWatch.CreateForObjectLogged(
            (query, token) => evaluations.GetAsync(evaluationId, WithoutRelated(query), token), options, NomadWatchLog.Of(evaluations), cancellationToken);
    }

    /// <summary>Watches the allocations one evaluation placed (<c>GET /v1/evaluation/:eval_id/allocations</c> as a blocking query).</summary>
    /// <param name="evaluations">The evaluations client.</param>
    /// <param name="evaluationId">The evaluation's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive allocation lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evaluationId"/> is not a full UUID.</exception>
    /// <example>
    /// <code>
    /// await foreach (var allocations in nomad.Evaluations.WatchAllocationsAsync(evaluationId, cancellationToken: cancellationToken))
    ///     Console.WriteLine($"{allocations.Value.Count} allocation(s) placed by {evaluationId}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<AllocationListStub>>> WatchAllocationsAsync(
        this INomadEvaluationsClient evaluations,
        string evaluationId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        NomadIds.RequireUuid(evaluationId, nameof(evaluationId));
        return NomadWatch.CreateLogged((query, token) => evaluations.ListAllocationsAsync(evaluationId, query, token), options, NomadWatchLog.Of(evaluations), cancellationToken);
    }

    /// <summary>Watches one allocation (<c>GET /v1/allocation/:alloc_id</c> as a blocking query).</summary>
    /// <param name="allocations">The allocations client.</param>
    /// <param name="allocationId">The allocation's ID.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive states of the allocation; <see langword="null"/> while it does not exist (or after garbage collection).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID.</exception>
    /// <remarks>Within the connection budget of deployment watches (see
    /// <see cref="WatchAsync(INomadDeploymentsClient, string, NomadWatchOptions, CancellationToken)"/>): beyond the direct
    /// watches, allocation watches share ONE blocking query of <c>GET /v1/allocations</c> (per namespace and region), and a
    /// watch whose allocation's <c>ModifyIndex</c> changed reads it once with a plain read (the list carries only stubs).</remarks>
    /// <example>
    /// <code>
    /// await foreach (var allocation in nomad.Allocations.WatchAsync(allocationId, cancellationToken: cancellationToken))
    ///     Console.WriteLine(allocation.Value is null ? "gone" : $"{allocation.Value.ClientStatus}: {allocation.Value.ClientDescription}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<Allocation?>> WatchAsync(
        this INomadAllocationsClient allocations,
        string allocationId,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        NomadIds.RequireUuid(allocationId, nameof(allocationId));
        return BudgetedObjectWatch.WatchAsync(allocations, allocationId, AllocationKind(allocations, allocationId), ValidCopy(options), cancellationToken);
    }

    /// <summary>Watches the list of allocations (<c>GET /v1/allocations</c> as a blocking query, without task states).</summary>
    /// <param name="allocations">The allocations client.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace, prefix or filter.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive allocation lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> is null.</exception>
    /// <example>
    /// <code>
    /// var failed = new NomadWatchOptions { Query = new NomadQueryOptions { Filter = "ClientStatus == \"failed\"" } };
    /// await foreach (var allocations in nomad.Allocations.WatchListAsync(failed, cancellationToken))
    ///     Console.WriteLine($"{allocations.Value.Count} failed allocation(s)");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<AllocationListStub>>> WatchListAsync(
        this INomadAllocationsClient allocations,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        return NomadWatch.CreateListLogged((query, token) => allocations.ListAsync(WithoutTaskStates(query), token), options, NomadWatchLog.Of(allocations), cancellationToken);
    }

    private static NomadWatchOptions ValidCopy(NomadWatchOptions? options)
    {
        var copy = options?.Clone() ?? new NomadWatchOptions();
        copy.Validate();
        return copy;
    }

    private static BudgetedObjectWatch.Kind<Deployment, Deployment> DeploymentKind(INomadDeploymentsClient deployments, string id) => new(
        "deployments",
        (query, token) => deployments.GetAsync(id, query, token),
        (listOptions, token) => NomadWatch.CreateListLogged((query, t) => deployments.ListAsync(query, t), listOptions, NomadWatchLog.Of(deployments), token),
        static d => d.Id,
        static d => d.ModifyIndex,
        static d => d.ModifyIndex,
        static d => d);

    private static BudgetedObjectWatch.Kind<AllocationListStub, Allocation> AllocationKind(INomadAllocationsClient allocations, string id) => new(
        "allocations",
        (query, token) => allocations.GetAsync(id, query, token),
        (listOptions, token) => NomadWatch.CreateListLogged((query, t) => allocations.ListAsync(WithoutTaskStates(query), t), listOptions, NomadWatchLog.Of(allocations), token),
        static a => a.Id,
        static a => a.ModifyIndex,
        static a => a.ModifyIndex,
        null);

    private static BudgetedObjectWatch.Kind<JobListStub, Job> JobKind(INomadJobsClient jobs, string id) => new(
        "jobs",
        (query, token) => jobs.GetAsync(id, query, token),
        (listOptions, token) => NomadWatch.CreateListLogged((query, t) => jobs.ListAsync(query.CopyAs<JobListOptions>(), t), listOptions, NomadWatchLog.Of(jobs), token),
        static j => j.Id,
        static j => j.ModifyIndex,
        static j => j.ModifyIndex,
        null);

    private static EvaluationGetOptions WithoutRelated(NomadQueryOptions query)
    {
        var options = query.CopyAs<EvaluationGetOptions>();
        options.IncludeRelated = false;
        return options;
    }

    private static AllocationListOptions WithoutTaskStates(NomadQueryOptions query)
    {
        var options = query.CopyAs<AllocationListOptions>();
        options.IncludeTaskStates = false;
        return options;
    }
}
