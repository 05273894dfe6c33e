namespace DeploymentSdk.Cloud66;

/// <summary>
/// The deployments of a Cloud66 stack (<c>/stacks/:stack_id/deployments</c>): list, read, redeploy, cancel, and follow
/// a redeploy to its end. Registered by <c>AddCloud66Client</c>; mock this interface in tests.
/// </summary>
/// <remarks>
/// Every method checks its arguments before sending anything (<see cref="ArgumentException"/> naming the parameter),
/// and reports an error answer as <see cref="Cloud66ApiException"/>. Reads are retried on transient failures;
/// redeploy and cancel are never sent twice.
/// </remarks>
public interface ICloud66DeploymentsClient
{
    /// <summary>Lists the stack's deployments (<c>GET /stacks/:stack_id/deployments</c>), page by page as they are enumerated.</summary>
    /// <param name="stackId">The stack UID.</param>
    /// <param name="cancellationToken">Cancels every page request (as does the token given to the enumeration).</param>
    /// <returns>
    /// The deployments. Pages are <see cref="Cloud66Page{T}"/>: their continuation token is the next page number
    /// (sent as <c>?page=N</c>), <see cref="Page{T}.TotalCount"/> is the server's <c>count</c>. Cloud66 chooses the
    /// page size, so the page size hint is not sent.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="stackId"/> is empty or white space.</exception>
    /// <exception cref="Cloud66ApiException">Cloud66 answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <example>
    /// <code>
    /// await foreach (var deployment in cloud66.Deployments.ListAsync(stackId, cancellationToken))
    ///     Console.WriteLine($"#{deployment.Id} {deployment.Outcome} by {deployment.TriggeredBy}");
    /// </code>
    /// </example>
    AsyncPageable<Deployment> ListAsync(string stackId, CancellationToken cancellationToken = default);

    /// <summary>Reads one deployment (<c>GET /stacks/:stack_id/deployments/:id</c>).</summary>
    /// <param name="stackId">The stack UID.</param>
    /// <param name="deploymentId">The deployment ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deployment.</returns>
    /// <exception cref="ArgumentException"><paramref name="stackId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deploymentId"/> is not positive.</exception>
    /// <exception cref="Cloud66ApiException">Cloud66 answered with an error, for example <see cref="ApiErrorKind.NotFound"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Deployment> GetAsync(string stackId, long deploymentId, CancellationToken cancellationToken = default);

    /// <summary>Redeploys the stack (<c>POST /stacks/:stack_id/deployments</c>).</summary>
    /// <param name="stackId">The stack UID.</param>
    /// <param name="options">What to deploy; <see langword="null"/> redeploys the stack as configured.</param>
    /// <param name="cancellationToken">Cancels the call (a request already received still deploys).</param>
    /// <returns>Cloud66's answer; pass it to <see cref="FollowRedeployAsync"/> to wait for the end.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="stackId"/> is empty, or <paramref name="options"/> has a malformed <see cref="RedeployOptions.Services"/>
    /// entry or a <see cref="RedeployOptions.UserReference"/> over 255 characters.
    /// </exception>
    /// <exception cref="Cloud66ApiException">Cloud66 answered with an error, for example <see cref="ApiErrorKind.Conflict"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<RedeployResult> RedeployAsync(string stackId, RedeployOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels a deployment (<c>DELETE /stacks/:stack_id/deployments/:id</c>).</summary>
    /// <param name="stackId">The stack UID.</param>
    /// <param name="deploymentId">The deployment ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Cloud66's answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="stackId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deploymentId"/> is not positive.</exception>
    /// <exception cref="Cloud66ApiException">Cloud66 answered with an error.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<DeploymentCancelResult> CancelAsync(string stackId, long deploymentId, CancellationToken cancellationToken = default);

    /// <summary>Reads an asynchronous stack action (<c>GET /stacks/:stack_id/actions/:id</c>), such as the one a redeploy starts.</summary>
    /// <param name="stackId">The stack UID.</param>
    /// <param name="actionId">The action ID, for example <see cref="RedeployResult.AsyncActionId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The action; it has finished when <see cref="AsyncAction.FinishedAt"/> is set.</returns>
    /// <exception cref="ArgumentException"><paramref name="stackId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actionId"/> is not positive.</exception>
    /// <exception cref="Cloud66ApiException">Cloud66 answered with an error.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<AsyncAction> GetActionAsync(string stackId, long actionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Follows a redeploy until it finishes: when the answer has an <see cref="RedeployResult.AsyncActionId"/>, polls
    /// that stack action until its <c>finished_at</c> is set; otherwise polls the deployment
    /// (<see cref="RedeployResult.Id"/>) until <c>is_deploying</c> is false.
    /// </summary>
    /// <param name="stackId">The stack UID.</param>
    /// <param name="redeploy">The answer of <see cref="RedeployAsync"/>.</param>
    /// <param name="options">Poll intervals and the deadline; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops following (the deployment goes on).</param>
    /// <returns>How the redeploy ended; a failed deployment is a result (<see cref="RedeployOutcome.Succeeded"/> false), not an exception.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="stackId"/> is empty, <paramref name="redeploy"/> names neither an action nor a deployment, or
    /// <paramref name="options"/> has a non-positive interval or timeout.
    /// </exception>
    /// <exception cref="TimeoutException">The redeploy did not finish within <see cref="RedeployFollowOptions.Timeout"/>.</exception>
    /// <exception cref="Cloud66ApiException">A poll was answered with an error.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <example>
    /// <code>
    /// var redeploy = await cloud66.Deployments.RedeployAsync(stackId, new RedeployOptions { GitRef = "main" }, cancellationToken);
    /// var options = new RedeployFollowOptions { Timeout = TimeSpan.FromMinutes(30) };
    /// var outcome = await cloud66.Deployments.FollowRedeployAsync(stackId, redeploy, options, cancellationToken);
    /// Console.WriteLine(outcome.Succeeded == true ? "live" : $"failed: {outcome.Message}");
    /// </code>
    /// </example>
    Task<RedeployOutcome> FollowRedeployAsync(
        string stackId,
        RedeployResult redeploy,
        RedeployFollowOptions? options = null,
        CancellationToken cancellationToken = default);
}
