using System.Globalization;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Deploy and wait without writing a polling loop: register a job and follow it to the end of its deployment, wait for
/// a deployment, its canaries or a job's allocations. Every wait is built on blocking queries (see <see cref="NomadWatch"/>),
/// so it costs one long poll at a time, survives leader changes and server errors, and stops at once on cancellation.
/// </summary>
/// <remarks>
/// A canary rollout takes one call per step: <see cref="WaitForCanariesHealthyAsync"/>, then
/// <c>nomad.Deployments.PromoteAsync(id, new() { All = true })</c> or <c>nomad.Deployments.FailAsync(id)</c>, then
/// <see cref="WaitForCompletionAsync"/>.
/// </remarks>
public static class NomadDeployExtensions
{
    /// <summary>
    /// Registers (or updates) <paramref name="job"/> and follows the change to its end: the evaluation, then the deployment
    /// it created, until the deployment succeeds, fails, is rolled back or cancelled, or the scheduler is blocked.
    /// </summary>
    /// <param name="nomad">The Nomad client.</param>
    /// <param name="job">The job to register; its <c>Namespace</c> and <c>Region</c>, when set, are used for every request.</param>
    /// <param name="options">How to register (<see cref="NomadDeployOptions.Register"/>: check-and-set index, policy override,
    /// preserve counts), a deadline, the polling options, and a <see cref="NomadFollowOptions.Progress"/> that receives each
    /// change of the evaluation and deployment, and the end.</param>
    /// <param name="cancellationToken">Stops following (the deployment goes on in Nomad) with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>How it ended, with the registration answer and the last evaluation and deployment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomad"/> or <paramref name="job"/> is null.</exception>
    /// <exception cref="NomadApiException">Nomad refused the job, or a read failed with an error that does not heal (401, 403, 400).</exception>
    /// <remarks>The deadline counts from the registration's answer. Transient failures while following (5xx, no leader, transport)
    /// are retried with backoff.</remarks>
    /// <example>
    /// <code>
    /// var options = new NomadDeployOptions
    /// {
    ///     Deadline = TimeSpan.FromMinutes(15),
    ///     Progress = new Progress&lt;NomadDeploymentProgress&gt;(p =&gt; Console.WriteLine(p)),
    /// };
    /// var result = await nomad.DeployAsync(job, options, cancellationToken);
    /// if (!result.IsSuccessful) Console.Error.WriteLine(result);
    /// </code>
    /// </example>
    public static async Task<NomadDeploymentResult> DeployAsync(
        this INomadClient nomad,
        Job job,
        NomadDeployOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nomad);
        ArgumentNullException.ThrowIfNull(job);
        var progress = options?.Progress;
        var follower = new DeploymentFollower(nomad.Evaluations, nomad.Deployments, options, job.Namespace, job.Region);
        var registerOptions = RegisterOptionsFor(job, options?.Register);
        var registration = (await nomad.Jobs.RegisterAsync(job, registerOptions, cancellationToken).ConfigureAwait(false)).Value;
        if (string.IsNullOrEmpty(registration.EvalId))
        {
            var finished = DeploymentFollower.NoEvaluation(registration);
            progress?.Report(finished);
            return finished.Result!;
        }

        var steps = follower.FollowEvaluationAsync(registration.EvalId, registration, cancellationToken);
        return await LastResultAsync(DiagnosingSteps.AddAsync(steps, nomad, options, job.Namespace, job.Region, cancellationToken), progress).ConfigureAwait(false);
    }

    /// <summary>
    /// Follows an evaluation (for example the <c>EvalID</c> of a register, scale or revert) and the deployment it created to
    /// the end, as a stream of steps; the last step has <see cref="NomadDeploymentStage.Finished"/> and a <see cref="NomadDeploymentProgress.Result"/>.
    /// </summary>
    /// <param name="nomad">The Nomad client.</param>
    /// <param name="evaluationId">The evaluation's ID.</param>
    /// <param name="options">A deadline, and the polling options (the namespace of the job goes in <see cref="NomadWatchOptions.Query"/>).</param>
    /// <param name="cancellationToken">Stops following with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The steps: each change of the evaluation, then of the deployment, then the end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomad"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evaluationId"/> is not a full UUID.</exception>
    /// <example>
    /// <code>
    /// var registered = await nomad.Jobs.RegisterAsync(job);
    /// await foreach (var step in nomad.FollowEvaluationAsync(registered.Value.EvalId!))
    ///     Console.WriteLine(step);
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadDeploymentProgress> FollowEvaluationAsync(
        this INomadClient nomad,
        string evaluationId,
        NomadFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nomad);
        NomadIds.RequireUuid(evaluationId, nameof(evaluationId));
        var steps = new DeploymentFollower(nomad.Evaluations, nomad.Deployments, options).FollowEvaluationAsync(evaluationId, null, cancellationToken);
        return DiagnosingSteps.AddAsync(steps, nomad, options, null, null, cancellationToken);
    }

    /// <summary>Waits until a deployment reaches a terminal status (successful, failed, cancelled, blocked), reporting each change.</summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="deploymentId">The deployment's ID.</param>
    /// <param name="options">A deadline, the polling options (namespace in <see cref="NomadWatchOptions.Query"/>), and a
    /// <see cref="NomadFollowOptions.Progress"/> that receives each change of the deployment, and the end.</param>
    /// <param name="cancellationToken">Stops waiting with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>How the deployment ended (<see cref="NomadDeploymentOutcome.DeadlineExceeded"/> when the deadline came first).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="deploymentId"/> is not a full UUID.</exception>
    /// <example>
    /// <code>
    /// var options = new NomadFollowOptions { Deadline = TimeSpan.FromMinutes(10) };
    /// var result = await nomad.Deployments.WaitForCompletionAsync(deploymentId, options, cancellationToken);
    /// Console.WriteLine(result.IsSuccessful ? "deployed" : result.ToString());
    /// </code>
    /// </example>
    public static Task<NomadDeploymentResult> WaitForCompletionAsync(
        this INomadDeploymentsClient deployments,
        string deploymentId,
        NomadFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        NomadIds.RequireUuid(deploymentId, nameof(deploymentId));
        var follower = new DeploymentFollower(null, deployments, options);
        return LastResultAsync(follower.FollowDeploymentAsync(deploymentId, cancellationToken), options?.Progress);
    }

    /// <summary>
    /// Waits until every canary of a deployment is healthy (so it can be promoted), or the deployment has ended first.
    /// </summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="deploymentId">The deployment's ID.</param>
    /// <param name="options">A deadline, and the polling options (namespace in <see cref="NomadWatchOptions.Query"/>).</param>
    /// <param name="cancellationToken">Stops waiting with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>
    /// The deployment: <c>running</c> with every group's healthy allocations at least its desired canaries (or already
    /// promoted); or in a terminal status (check <see cref="Deployment.Status"/>: an unhealthy canary fails the deployment).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="deploymentId"/> is not a full UUID.</exception>
    /// <exception cref="InvalidOperationException">The deployment has no canaries.</exception>
    /// <exception cref="TimeoutException">The deadline passed first.</exception>
    public static Task<Deployment> WaitForCanariesHealthyAsync(
        this INomadDeploymentsClient deployments,
        string deploymentId,
        NomadFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        NomadIds.RequireUuid(deploymentId, nameof(deploymentId));
        var follower = new DeploymentFollower(null, deployments, options);
        return follower.WithDeadlineAsync(
            async token =>
            {
                await foreach (var answer in deployments.WatchAsync(deploymentId, follower.Watch, token).ConfigureAwait(false))
                {
                    if (answer.Value is not { } deployment)
                    {
                        continue;
                    }

                    if (DeploymentFollower.OutcomeOf(deployment) is not null)
                    {
                        return deployment;
                    }

                    var canaryGroups = (deployment.TaskGroups ?? new Dictionary<string, DeploymentState>()).Values.Where(g => g.DesiredCanaries is > 0).ToList();
                    if (canaryGroups.Count == 0)
                    {
                        throw new InvalidOperationException($"Deployment {deploymentId} has no canaries to wait for.");
                    }

                    if (canaryGroups.All(g => g.Promoted == true || (g.HealthyAllocs ?? 0) >= g.DesiredCanaries))
                    {
                        return deployment;
                    }
                }

                throw new InvalidOperationException("A watch never ends by itself.");
            },
            $"The canaries of deployment {deploymentId} becoming healthy",
            cancellationToken);
    }

    /// <summary>
    /// Waits until every allocation of a deployment is placed, running and healthy: as many allocations that should run
    /// as the deployment's groups desire in total, each running with a healthy deployment status.
    /// </summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="deploymentId">The deployment's ID.</param>
    /// <param name="options">A deadline, and the polling options (namespace in <see cref="NomadWatchOptions.Query"/>).</param>
    /// <param name="cancellationToken">Stops waiting with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The deployment's allocations that should run, all running and healthy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="deploymentId"/> is not a full UUID.</exception>
    /// <exception cref="InvalidOperationException">The deployment ended without success, so its allocations will not all become healthy.</exception>
    /// <exception cref="TimeoutException">The deadline passed first.</exception>
    public static Task<IReadOnlyList<AllocationListStub>> WaitForAllocationsHealthyAsync(
        this INomadDeploymentsClient deployments,
        string deploymentId,
        NomadFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        NomadIds.RequireUuid(deploymentId, nameof(deploymentId));
        var follower = new DeploymentFollower(null, deployments, options);
        return follower.WithDeadlineAsync(
            async token =>
            {
                await foreach (var answer in deployments.WatchAllocationsAsync(deploymentId, follower.Watch, token).ConfigureAwait(false))
                {
                    // One plain read per change of the list (not per poll): the expected total, and whether the deployment gave up.
                    var deployment = (await deployments.GetAsync(deploymentId, follower.Watch.Query, token).ConfigureAwait(false)).Value;
                    var outcome = DeploymentFollower.OutcomeOf(deployment);
                    if (outcome is not null and not NomadDeploymentOutcome.Successful)
                    {
                        throw new InvalidOperationException(
                            string.Create(CultureInfo.InvariantCulture, $"Deployment {deploymentId} ended {outcome} ({deployment.StatusDescription}); its allocations will not all become healthy."));
                    }

                    var expected = (deployment.TaskGroups ?? new Dictionary<string, DeploymentState>()).Values.Sum(g => g.DesiredTotal ?? 0);
                    if (AllocationHealth.AllRunningAndHealthy(answer.Value, expected, requireHealth: true, version: null) is { } ready)
                    {
                        return ready;
                    }
                }

                throw new InvalidOperationException("A watch never ends by itself.");
            },
            $"All allocations of deployment {deploymentId} becoming healthy",
            cancellationToken);
    }

    /// <summary>
    /// Waits until every allocation of the job's current version is running (and, for a service job, healthy): as many
    /// allocations that should run as the job's groups count in total (at least one for a system job).
    /// </summary>
    /// <param name="nomad">The Nomad client.</param>
    /// <param name="jobId">The job's ID.</param>
    /// <param name="options">A deadline, and the polling options (the job's namespace in <see cref="NomadWatchOptions.Query"/>).</param>
    /// <param name="cancellationToken">Stops waiting with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The job's allocations that should run, all of the current version, running and healthy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomad"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null or empty.</exception>
    /// <exception cref="NomadApiException">The job does not exist (kind <see cref="ApiErrorKind.NotFound"/>).</exception>
    /// <exception cref="TimeoutException">The deadline passed first.</exception>
    /// <remarks>The job is read once at the start; a newer version registered while waiting (or an automatic revert) is not
    /// followed, so use a deadline. Meant for service and system jobs: the allocations of a batch job complete rather than
    /// stay running (watch <see cref="NomadWatchExtensions.WatchSummaryAsync"/> for those).</remarks>
    public static Task<IReadOnlyList<AllocationListStub>> WaitForJobAllocationsHealthyAsync(
        this INomadClient nomad,
        string jobId,
        NomadFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nomad);
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var follower = new DeploymentFollower(null, nomad.Deployments, options);
        return follower.WithDeadlineAsync(
            async token =>
            {
                var job = (await nomad.Jobs.GetAsync(jobId, follower.Watch.Query, token).ConfigureAwait(false)).Value;
                var perNode = job.Type == JobType.System || job.Type == JobType.Sysbatch;
                var expected = perNode ? 1 : (job.TaskGroups ?? []).Sum(g => g.Count ?? 1);
                var requireHealth = job.Type is null || job.Type == JobType.Service;
                await foreach (var answer in nomad.Jobs.WatchAllocationsAsync(jobId, follower.Watch, token).ConfigureAwait(false))
                {
                    if (AllocationHealth.AllRunningAndHealthy(answer.Value, expected, requireHealth, job.Version) is { } ready)
                    {
                        return ready;
                    }
                }

                throw new InvalidOperationException("A watch never ends by itself.");
            },
            $"All allocations of job {jobId} becoming healthy",
            cancellationToken);
    }

    // A copy, so the caller's options are not changed; the namespace and region default to the job's.
    private static JobRegisterOptions RegisterOptionsFor(Job job, JobRegisterOptions? register) => new()
    {
        EnforceJobModifyIndex = register?.EnforceJobModifyIndex,
        PolicyOverride = register?.PolicyOverride == true,
        PreserveCounts = register?.PreserveCounts == true,
        PreserveResources = register?.PreserveResources == true,
        EvalPriority = register?.EvalPriority,
        Submission = register?.Submission,
        Namespace = register?.Namespace ?? job.Namespace,
        Region = register?.Region ?? job.Region,
        IdempotencyToken = register?.IdempotencyToken,
    };

    private static async Task<NomadDeploymentResult> LastResultAsync(IAsyncEnumerable<NomadDeploymentProgress> steps, IProgress<NomadDeploymentProgress>? progress)
    {
        await foreach (var step in steps.ConfigureAwait(false))
        {
            progress?.Report(step);
            if (step.Result is { } result)
            {
                return result;
            }
        }

        throw new InvalidOperationException("Following ended without a result.");
    }
}
