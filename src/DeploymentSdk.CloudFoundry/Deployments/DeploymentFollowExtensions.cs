using DeploymentSdk.Polling;

namespace DeploymentSdk.CloudFoundry;

/// <summary>Follows a deployment to its end; Cloud Foundry has no blocking queries, so this polls.</summary>
public static class DeploymentFollowExtensions
{
    /// <summary>
    /// Reads the deployment until <c>status.value</c> is <c>FINALIZED</c>, it pauses for a canary evaluation, or the
    /// deadline passes, reporting each change of status.
    /// </summary>
    /// <param name="client">The deployments client.</param>
    /// <param name="guid">The deployment GUID.</param>
    /// <param name="options">Deadline and poll intervals; null uses the defaults of <see cref="DeploymentFollowOptions"/>.</param>
    /// <param name="cancellationToken">Stops following with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The outcome and the deployment as last read.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty, or an interval in <paramref name="options"/> is not positive.</exception>
    /// <exception cref="CloudFoundryApiException">A read failed (transient failures are retried first by the client).</exception>
    /// <example>
    /// <code>
    /// var options = new DeploymentFollowOptions
    /// {
    ///     Timeout = TimeSpan.FromMinutes(15),
    ///     Progress = new Progress&lt;Deployment&gt;(d =&gt; Console.WriteLine($"{d.Status?.Value} {d.Status?.Reason}")),
    /// };
    /// var result = await cf.Deployments.FollowAsync(deployment.Guid!, options, cancellationToken);
    /// while (result.Outcome == DeploymentFollowOutcome.Paused)
    /// {
    ///     await cf.Deployments.ContinueAsync(deployment.Guid!);
    ///     result = await cf.Deployments.FollowAsync(deployment.Guid!);
    /// }
    /// </code>
    /// </example>
    public static async Task<DeploymentFollowResult> FollowAsync(
        this ICloudFoundryDeploymentsClient client,
        string guid,
        DeploymentFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(guid);
        options ??= new DeploymentFollowOptions();
        if (options.InitialPollInterval <= TimeSpan.Zero || options.MaxPollInterval < options.InitialPollInterval)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                "DeploymentFollowOptions.InitialPollInterval must be positive and not above MaxPollInterval.");
        }

        if (options.Timeout is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), limit, "DeploymentFollowOptions.Timeout must be positive, or null for none.");
        }

        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var backoff = new ExponentialBackoff(options.InitialPollInterval, options.MaxPollInterval);
        StatusKey? last = null;
        while (true)
        {
            var deployment = await client.GetAsync(guid, cancellationToken).ConfigureAwait(false);
            var key = StatusKey.Of(deployment);
            if (key != last)
            {
                last = key;
                backoff.Reset();
                options.Progress?.Report(deployment);
            }

            if (OutcomeOf(deployment, options.ReturnWhenPaused) is { } outcome)
            {
                return new DeploymentFollowResult(outcome, deployment);
            }

            var delay = backoff.Next();
            if (options.Timeout is { } timeout)
            {
                var remaining = timeout - time.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    return new DeploymentFollowResult(DeploymentFollowOutcome.TimedOut, deployment);
                }

                delay = remaining < delay ? remaining : delay;
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The outcome a deployment has reached, or <see langword="null"/> while it is still going (shared with the health follower).</summary>
    internal static DeploymentFollowOutcome? OutcomeOf(Deployment deployment, bool returnWhenPaused)
    {
        var status = deployment.Status;
        if (status?.Value == DeploymentStatusValue.Finalized)
        {
            return status.Reason switch
            {
                var reason when reason == DeploymentStatusReason.Deployed => DeploymentFollowOutcome.Deployed,
                var reason when reason == DeploymentStatusReason.Canceled => DeploymentFollowOutcome.Canceled,
                var reason when reason == DeploymentStatusReason.Superseded => DeploymentFollowOutcome.Superseded,
                _ => DeploymentFollowOutcome.Finalized,
            };
        }

        return returnWhenPaused && status?.Reason == DeploymentStatusReason.Paused ? DeploymentFollowOutcome.Paused : null;
    }

    /// <summary>What counts as a change worth reporting.</summary>
    private readonly record struct StatusKey(string? Value, string? Reason, int? CanaryStep, string? Error)
    {
        public static StatusKey Of(Deployment deployment) => new(
            deployment.Status?.Value?.Value,
            deployment.Status?.Reason?.Value,
            deployment.Status?.Canary?.Steps?.Current,
            deployment.Status?.Details?.Error);
    }
}
