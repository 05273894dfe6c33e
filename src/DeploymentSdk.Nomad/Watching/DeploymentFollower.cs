using System.Runtime.CompilerServices;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Follows a job change as the <c>nomad job run</c> monitor does: the evaluation until the scheduler is done with it
/// (through <c>NextEval</c> hand-offs), then the deployment it created until a terminal status. Every read is a watch
/// (blocking query), so following costs one long poll at a time.
/// </summary>
internal sealed class DeploymentFollower
{
    /// <summary>
    /// The most evaluations one follow walks through <c>NextEval</c> hand-offs (the first one included) before it ends
    /// with <see cref="NomadDeploymentOutcome.EvaluationChainBroken"/>. Nomad hands off a few times at most (one per
    /// rolling-update stagger); a longer chain is a server that loops.
    /// </summary>
    internal const int MaxEvaluationChain = 32;

    // Nomad appends this to a failed deployment's description when auto_revert rolls the job back.
    private const string RollbackMarker = "rolling back to job version";

    private readonly INomadEvaluationsClient? _evaluations;
    private readonly INomadDeploymentsClient _deployments;
    private readonly TimeSpan? _deadline;
    private readonly NomadWatchOptions _watch;

    // The evaluations client is needed to follow an evaluation; a deployment alone needs only the deployments client.
    public DeploymentFollower(
        INomadEvaluationsClient? evaluations,
        INomadDeploymentsClient deployments,
        NomadFollowOptions? options,
        string? @namespace = null,
        string? region = null)
    {
        options ??= new NomadFollowOptions();
        options.Validate();
        _evaluations = evaluations;
        _deployments = deployments;
        _deadline = options.Deadline;
        _watch = WithPlace(options.WatchOrDefault, @namespace, region);
    }

    public TimeProvider Time => _watch.TimeProvider;

    public IAsyncEnumerable<NomadDeploymentProgress> FollowEvaluationAsync(string evaluationId, JobRegisterResponse? registration, CancellationToken cancellationToken)
    {
        if (_evaluations is null)
        {
            throw new InvalidOperationException("Following an evaluation needs the evaluations client.");
        }

        var state = new State { Registration = registration };
        return WithDeadlineAsync(state, token => EvaluationThenDeploymentAsync(evaluationId, state, token), cancellationToken);
    }

    public IAsyncEnumerable<NomadDeploymentProgress> FollowDeploymentAsync(string deploymentId, CancellationToken cancellationToken)
    {
        var state = new State();
        return WithDeadlineAsync(state, token => DeploymentAsync(deploymentId, state, token), cancellationToken);
    }

    /// <summary>A finished step for a change that created no evaluation (periodic and parameterized jobs).</summary>
    public static NomadDeploymentProgress NoEvaluation(JobRegisterResponse registration) =>
        Finish(new State { Registration = registration }, NomadDeploymentOutcome.NoDeployment);

    /// <summary>Runs <paramref name="body"/> under a linked token that also fires at the deadline.</summary>
    public async Task<T> WithDeadlineAsync<T>(Func<CancellationToken, Task<T>> body, string what, CancellationToken cancellationToken)
    {
        if (_deadline is not { } deadline)
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }

        using var timer = new CancellationTokenSource(deadline, Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await body(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{what} did not happen within the deadline of {deadline}.", e);
        }
    }

    public NomadWatchOptions Watch => _watch;

    /// <summary>
    /// Yields what <paramref name="follow"/> yields; when the deadline passes first, ends with a finished step saying
    /// so. The caller's cancellation ends it with an <see cref="OperationCanceledException"/>.
    /// </summary>
    private async IAsyncEnumerable<NomadDeploymentProgress> WithDeadlineAsync(
        State state,
        Func<CancellationToken, IAsyncEnumerable<NomadDeploymentProgress>> follow,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var timer = _deadline is { } deadline ? new CancellationTokenSource(deadline, Time) : null;
        using var linked = timer is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var token = linked?.Token ?? cancellationToken;
        var steps = follow(token).GetAsyncEnumerator(token);
        await using (steps.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await steps.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (OperationCanceledException) when (timer?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                yield return steps.Current;
            }
        }

        yield return Finish(state, NomadDeploymentOutcome.DeadlineExceeded);
    }

    private async IAsyncEnumerable<NomadDeploymentProgress> EvaluationThenDeploymentAsync(
        string evaluationId,
        State state,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var current = evaluationId;
        var chain = new HashSet<string>(StringComparer.Ordinal) { current };
        long? lastWatchStart = null;
        Evaluation evaluation;
        while (true)
        {
            // Each hand-off starts a new watch, whose first read is not paced by the watch itself: pace it here, so a
            // chain answered instantly still costs at most one request per minimum interval.
            await PaceAsync(lastWatchStart, cancellationToken).ConfigureAwait(false);
            ulong? seen = null;
            Evaluation? done = null;
            await foreach (var answer in _evaluations!.WatchAsync(current, _watch, cancellationToken).ConfigureAwait(false))
            {
                if (answer.Value is not { } read)
                {
                    continue; // not visible yet on this server (a stale read just after the write)
                }

                state.Evaluation = read;
                if (read.ModifyIndex != seen)
                {
                    // Other evaluations move the index too; report only changes of this one.
                    seen = read.ModifyIndex;
                    yield return Step(NomadDeploymentStage.Evaluating, state);
                }

                if (read.Status == EvaluationStatus.Complete || read.Status == EvaluationStatus.Failed || read.Status == EvaluationStatus.Canceled)
                {
                    done = read;
                    break;
                }
            }

            // The answer just read ends this watch: the next request (of the next watch) waits a full interval from now.
            lastWatchStart = Time.GetTimestamp();

            evaluation = done!;
            if (evaluation.Status == EvaluationStatus.Complete
                && string.IsNullOrEmpty(evaluation.DeploymentId)
                && !string.IsNullOrEmpty(evaluation.NextEval))
            {
                // The scheduler handed the rest of the work to a follow-up evaluation. A chain that comes back to an
                // evaluation already followed, or grows past the bound, is a server that loops: end with a typed outcome.
                if (chain.Count >= MaxEvaluationChain || !chain.Add(evaluation.NextEval))
                {
                    yield return Finish(state, NomadDeploymentOutcome.EvaluationChainBroken);
                    yield break;
                }

                current = evaluation.NextEval;
                continue;
            }

            break;
        }

        if (evaluation.Status != EvaluationStatus.Complete)
        {
            yield return Finish(state, NomadDeploymentOutcome.EvaluationFailed);
            yield break;
        }

        if (evaluation.FailedTGAllocs is { Count: > 0 } && !string.IsNullOrEmpty(evaluation.BlockedEval))
        {
            yield return Finish(state, NomadDeploymentOutcome.Blocked);
            yield break;
        }

        if (string.IsNullOrEmpty(evaluation.DeploymentId))
        {
            yield return Finish(state, NomadDeploymentOutcome.NoDeployment);
            yield break;
        }

        await PaceAsync(lastWatchStart, cancellationToken).ConfigureAwait(false);
        await foreach (var step in DeploymentAsync(evaluation.DeploymentId, state, cancellationToken).ConfigureAwait(false))
        {
            yield return step;
        }
    }

    private async IAsyncEnumerable<NomadDeploymentProgress> DeploymentAsync(
        string deploymentId,
        State state,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ulong? seen = null;
        await foreach (var answer in _deployments.WatchAsync(deploymentId, _watch, cancellationToken).ConfigureAwait(false))
        {
            if (answer.Value is not { } deployment)
            {
                continue;
            }

            state.Deployment = deployment;
            if (deployment.ModifyIndex != seen)
            {
                seen = deployment.ModifyIndex;
                yield return Step(NomadDeploymentStage.Deploying, state);
            }

            if (OutcomeOf(deployment) is { } outcome)
            {
                yield return Finish(state, outcome);
                yield break;
            }
        }
    }

    /// <summary>Waits until the watch options' minimum interval has passed since <paramref name="lastStart"/> (a timestamp of <see cref="Time"/>).</summary>
    private async Task PaceAsync(long? lastStart, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (lastStart is not { } start || _watch.MinimumInterval <= TimeSpan.Zero)
        {
            return;
        }

        var remaining = _watch.MinimumInterval - Time.GetElapsedTime(start);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, Time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The outcome of a deployment in a terminal status; null while it is still going.</summary>
    internal static NomadDeploymentOutcome? OutcomeOf(Deployment deployment)
    {
        if (deployment.Status == DeploymentStatus.Successful)
        {
            return NomadDeploymentOutcome.Successful;
        }

        if (deployment.Status == DeploymentStatus.Failed)
        {
            return deployment.StatusDescription?.Contains(RollbackMarker, StringComparison.OrdinalIgnoreCase) == true
                ? NomadDeploymentOutcome.AutoReverted
                : NomadDeploymentOutcome.Failed;
        }

        if (deployment.Status == DeploymentStatus.Cancelled)
        {
            return NomadDeploymentOutcome.Cancelled;
        }

        return deployment.Status == DeploymentStatus.Blocked ? NomadDeploymentOutcome.Blocked : null;
    }

    private static NomadWatchOptions WithPlace(NomadWatchOptions options, string? @namespace, string? region)
    {
        if (@namespace is null && region is null)
        {
            return options;
        }

        var copy = options.Clone();
        var query = copy.Query?.Clone() ?? new NomadQueryOptions();
        query.Namespace = @namespace ?? query.Namespace;
        query.Region = region ?? query.Region;
        copy.Query = query;
        return copy;
    }

    private static NomadDeploymentProgress Step(NomadDeploymentStage stage, State state) =>
        new() { Stage = stage, Evaluation = state.Evaluation, Deployment = state.Deployment };

    private static NomadDeploymentProgress Finish(State state, NomadDeploymentOutcome outcome) =>
        new()
        {
            Stage = NomadDeploymentStage.Finished,
            Evaluation = state.Evaluation,
            Deployment = state.Deployment,
            Result = new NomadDeploymentResult
            {
                Outcome = outcome,
                Registration = state.Registration,
                Evaluation = state.Evaluation,
                Deployment = state.Deployment,
            },
        };

    /// <summary>What has been read so far; the deadline's final step reports it.</summary>
    private sealed class State
    {
        public JobRegisterResponse? Registration { get; init; }

        public Evaluation? Evaluation { get; set; }

        public Deployment? Deployment { get; set; }
    }
}
