namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 deployments API (<c>/v3/deployments</c>). Failures throw <see cref="CloudFoundryApiException"/>;
/// invalid arguments throw <see cref="ArgumentException"/> before anything is sent.
/// </summary>
/// <remarks>Follow a deployment to its end with <see cref="DeploymentFollowExtensions.FollowAsync"/>.</remarks>
public interface ICloudFoundryDeploymentsClient
{
    /// <summary>Lists the deployments the caller can read (<c>GET /v3/deployments</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Filters, order and page size; null lists everything.</param>
    /// <param name="cancellationToken">Cancels the enumeration (as does the token given to the enumerator).</param>
    /// <returns>
    /// The deployments. The pages (<see cref="AsyncPageable{T}.AsPages"/>) are <see cref="CloudFoundryPage{T}"/>s with
    /// <see cref="Page{T}.TotalCount"/> set to <c>total_results</c>; a page's continuation token is the URL of the next page.
    /// A <c>pageSizeHint</c> given to <c>AsPages</c> (1 to 5000) replaces <see cref="DeploymentListOptions.PerPage"/>.
    /// </returns>
    /// <exception cref="ArgumentException">A filter is invalid (see <see cref="DeploymentListOptions"/>).</exception>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <example>
    /// <code>
    /// var active = new DeploymentListOptions { AppGuids = [appGuid], StatusValues = [DeploymentStatusValue.Active] };
    /// await foreach (var deployment in cf.Deployments.ListAsync(active, cancellationToken))
    ///     Console.WriteLine($"{deployment.Guid}: {deployment.Status?.Reason}");
    /// </code>
    /// </example>
    AsyncPageable<Deployment> ListAsync(DeploymentListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a deployment (<c>GET /v3/deployments/:guid</c>).</summary>
    /// <param name="guid">The deployment GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deployment.</returns>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the caller cannot read it.</exception>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Deployment> GetAsync(string guid, CancellationToken cancellationToken = default);

    /// <summary>Creates a deployment (<c>POST /v3/deployments</c>, answered with 201). Not retried: it is not idempotent.</summary>
    /// <param name="request">The app, and optionally droplet or revision, strategy, options and metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new deployment.</returns>
    /// <exception cref="ArgumentException">
    /// The app GUID is missing; droplet and revision are both set; canary steps are given without the canary strategy,
    /// with a weight outside 1–100 or out of ascending order; <c>max_in_flight</c> is below 1; or a scaling option is out of range.
    /// </exception>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Deployment> CreateAsync(CreateDeploymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a deployment's labels and annotations (<c>PATCH /v3/deployments/:guid</c>).</summary>
    /// <param name="guid">The deployment GUID.</param>
    /// <param name="request">The metadata to merge: a null value deletes a key, keys not sent stay unchanged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated deployment.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Deployment> UpdateAsync(string guid, UpdateDeploymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a deployment and rolls the app back to its previous droplet
    /// (<c>POST /v3/deployments/:guid/actions/cancel</c>), then reads the deployment again.
    /// </summary>
    /// <param name="guid">The deployment GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The deployment as read right after the action (usually <c>ACTIVE</c>/<c>CANCELING</c>). The action answers 200
    /// with an empty body, so this is a second request (<c>GET /v3/deployments/:guid</c>); if only that read fails, the
    /// cancel has still happened.
    /// </returns>
    /// <exception cref="CloudFoundryApiException">With status 422 when the deployment can no longer be canceled.</exception>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Deployment> CancelAsync(string guid, CancellationToken cancellationToken = default);

    /// <summary>
    /// Continues a paused canary deployment to its next step, or to the end after the last step
    /// (<c>POST /v3/deployments/:guid/actions/continue</c>), then reads the deployment again.
    /// </summary>
    /// <param name="guid">The deployment GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The deployment as read right after the action. The action answers 200 with an empty body, so this is a second
    /// request (<c>GET /v3/deployments/:guid</c>); if only that read fails, the deployment has still been continued.
    /// Never retried: a repeated continue could skip a canary step.
    /// </returns>
    /// <exception cref="CloudFoundryApiException">With status 422 when the deployment is not paused.</exception>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Deployment> ContinueAsync(string guid, CancellationToken cancellationToken = default);
}
