namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 apps API (<c>/v3/apps</c>), read side, and a find by name the way the <c>cf</c> CLI targets an
/// app. Failures throw <see cref="CloudFoundryApiException"/>; invalid arguments throw <see cref="ArgumentException"/>
/// before anything is sent.
/// </summary>
public interface ICloudFoundryAppsClient
{
    /// <summary>Lists the apps the caller can read (<c>GET /v3/apps</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Filters and page size; null lists everything.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The apps; the pages are <see cref="CloudFoundryPage{T}"/>s.</returns>
    /// <exception cref="ArgumentException">A filter is empty, holds a comma, or a GUID is malformed.</exception>
    /// <example>
    /// <code>
    /// await foreach (var app in cf.Apps.ListAsync(new() { SpaceGuids = [spaceGuid] }))
    /// {
    ///     Console.WriteLine($"{app.Name} {app.State}");
    /// }
    /// </code>
    /// </example>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<App> ListAsync(AppListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads an app (<c>GET /v3/apps/:guid</c>).</summary>
    /// <param name="guid">The app GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the caller cannot read it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<App> GetAsync(string guid, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds exactly one app by its name in a space given by name (and optionally the space's organization by name):
    /// reads the organization (when given), then the space, then the app, each filtered by <c>names</c>.
    /// </summary>
    /// <param name="appName">The app's name.</param>
    /// <param name="spaceName">The name of the app's space.</param>
    /// <param name="options">The organization to look in; null looks in every organization the caller can read.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The app.</returns>
    /// <exception cref="ArgumentException">A name is empty, white space or holds a comma (it would be read as a list).</exception>
    /// <exception cref="CloudFoundryLookupException">
    /// The organization, space or app matched nothing (<see cref="ApiErrorKind.NotFound"/>) or more than one resource
    /// (<see cref="ApiErrorKind.Conflict"/>).
    /// </exception>
    /// <example>
    /// <code>
    /// var app = await cf.Apps.FindAsync("my-app", "prod", new() { OrganizationName = "my-org" });
    /// </code>
    /// </example>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<App> FindAsync(string appName, string spaceName, AppFindOptions? options = null, CancellationToken cancellationToken = default);
}
