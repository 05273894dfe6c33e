using DeploymentSdk.Polling;

namespace DeploymentSdk.Cloud66;

/// <summary>
/// Polls what a redeploy started until it finishes: the stack action when the answer named one, else the deployment.
/// One poll at a time with exponential backoff between polls, bounded by the caller's deadline.
/// </summary>
internal static class RedeployFollower
{
    public static async Task<RedeployOutcome> FollowAsync(
        ICloud66DeploymentsClient client,
        string stackId,
        RedeployResult redeploy,
        RedeployFollowOptions options,
        IProgress<RedeployProgress>? progress,
        CancellationToken cancellationToken)
    {
        Check(stackId, redeploy, options);
        var backoff = new ExponentialBackoff(options.InitialPollInterval, options.MaxPollInterval);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(options.Timeout);
        }

        // An action, when the answer names one, says how the whole redeploy ended; the deployment is the fallback.
        var actionId = redeploy.AsyncActionId is > 0 ? redeploy.AsyncActionId : null;
        var what = actionId is { } id ? $"stack action {id}" : $"deployment {redeploy.Id}";
        try
        {
            for (var poll = 1; ; poll++)
            {
                var outcome = actionId is { } action
                    ? await PollActionAsync(client, stackId, action, poll, progress, deadline.Token).ConfigureAwait(false)
                    : await PollDeploymentAsync(client, stackId, redeploy.Id!.Value, poll, progress, deadline.Token).ConfigureAwait(false);
                if (outcome is not null)
                {
                    return outcome;
                }

                await Task.Delay(backoff.Next(), deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
        {
            // Surface the caller's token, not the linked one, so callers can tell their cancellation apart.
            throw new OperationCanceledException(e.Message, e, cancellationToken);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The Cloud66 {what} of stack '{stackId}' did not finish within {options.Timeout} (RedeployFollowOptions.Timeout); it may still be running.",
                e);
        }
    }

    private static async Task<RedeployOutcome?> PollActionAsync(
        ICloud66DeploymentsClient client, string stackId, long actionId, int poll, IProgress<RedeployProgress>? progress, CancellationToken cancellationToken)
    {
        var action = await client.GetActionAsync(stackId, actionId, cancellationToken).ConfigureAwait(false);
        progress?.Report(new RedeployProgress(poll, action, null));
        return action.FinishedAt is null ? null : new RedeployOutcome(action.FinishedSuccess, action.FinishedMessage, action, null);
    }

    private static async Task<RedeployOutcome?> PollDeploymentAsync(
        ICloud66DeploymentsClient client, string stackId, long deploymentId, int poll, IProgress<RedeployProgress>? progress, CancellationToken cancellationToken)
    {
        var deployment = await client.GetAsync(stackId, deploymentId, cancellationToken).ConfigureAwait(false);
        progress?.Report(new RedeployProgress(poll, null, deployment));
        if (deployment.IsDeploying is not false)
        {
            // Still running, or the server did not say: poll again.
            return null;
        }

        bool? succeeded = deployment.Outcome == DeploymentOutcome.Success ? true
            : deployment.Outcome == DeploymentOutcome.Failed ? false
            : null;
        return new RedeployOutcome(succeeded, deployment.Outcome?.Meaning, null, deployment);
    }

    private static void Check(string stackId, RedeployResult redeploy, RedeployFollowOptions options)
    {
        DeploymentSdk.Http.PathSegment.Escape(stackId, nameof(stackId));
        ArgumentNullException.ThrowIfNull(redeploy);
        ArgumentNullException.ThrowIfNull(options);
        if (redeploy.AsyncActionId is not > 0 && redeploy.Id is not > 0)
        {
            throw new ArgumentException(
                "The redeploy answer names neither a stack action (async_action_id) nor a deployment (id), so there is nothing to follow.",
                nameof(redeploy));
        }

        if (options.InitialPollInterval <= TimeSpan.Zero || options.MaxPollInterval < options.InitialPollInterval)
        {
            throw new ArgumentException(
                $"RedeployFollowOptions.InitialPollInterval ({options.InitialPollInterval}) must be positive and not above MaxPollInterval ({options.MaxPollInterval}).",
                nameof(options));
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"RedeployFollowOptions.Timeout must be positive (or Timeout.InfiniteTimeSpan); it is {options.Timeout}.", nameof(options));
        }
    }
}
