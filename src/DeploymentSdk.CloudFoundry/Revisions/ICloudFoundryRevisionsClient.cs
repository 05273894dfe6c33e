namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 revisions API, read side: a revision, an app's revisions and its deployed revisions. To roll
/// back, deploy a revision with <see cref="CloudFoundryRollbackExtensions.RollbackAsync"/>. Failures throw
/// <see cref="CloudFoundryApiException"/>; invalid arguments throw <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public interface ICloudFoundryRevisionsClient
{
    /// <summary>Reads a revision (<c>GET /v3/revisions/:guid</c>).</summary>
    /// <param name="guid">The revision GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revision.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the caller cannot read it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Revision> GetAsync(string guid, CancellationToken cancellationToken = default);

    /// <summary>Lists an app's revisions (<c>GET /v3/apps/:guid/revisions</c>), page by page as it is enumerated.</summary>
    /// <param name="appGuid">The app GUID.</param>
    /// <param name="options">Filters, order and page size; null lists all of them, oldest first.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The revisions; the pages are <see cref="CloudFoundryPage{T}"/>s.</returns>
    /// <exception cref="ArgumentException"><paramref name="appGuid"/> is not a GUID, or a filter is invalid.</exception>
    /// <example>
    /// <code>
    /// var newestFirst = cf.Revisions.ListForAppAsync(app.Guid!, new() { OrderBy = ResourceOrder.CreatedAtDescending });
    /// </code>
    /// </example>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<Revision> ListForAppAsync(string appGuid, RevisionListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists an app's deployed revisions: those whose processes run now (<c>GET /v3/apps/:guid/revisions/deployed</c>;
    /// more than one during a deployment).
    /// </summary>
    /// <param name="appGuid">The app GUID.</param>
    /// <param name="options">Order and page size; <see cref="RevisionListOptions.Versions"/> and <see cref="RevisionListOptions.LabelSelector"/> must be null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The deployed revisions.</returns>
    /// <exception cref="ArgumentException"><paramref name="appGuid"/> is not a GUID, or a filter this endpoint does not take is set.</exception>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<Revision> ListDeployedForAppAsync(string appGuid, RevisionListOptions? options = null, CancellationToken cancellationToken = default);
}
