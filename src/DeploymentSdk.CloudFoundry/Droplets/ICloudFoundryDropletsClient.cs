namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 droplets API, read side: a droplet, an app's droplets and an app's current droplet. Failures
/// throw <see cref="CloudFoundryApiException"/>; invalid arguments throw <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public interface ICloudFoundryDropletsClient
{
    /// <summary>Reads a droplet (<c>GET /v3/droplets/:guid</c>).</summary>
    /// <param name="guid">The droplet GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The droplet.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the caller cannot read it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Droplet> GetAsync(string guid, CancellationToken cancellationToken = default);

    /// <summary>Reads an app's current droplet, the one its processes run (<c>GET /v3/apps/:guid/droplets/current</c>).</summary>
    /// <param name="appGuid">The app GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The current droplet.</returns>
    /// <exception cref="ArgumentException"><paramref name="appGuid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when the app does not exist or has no current droplet.</exception>
    /// <example>
    /// <code>
    /// var droplet = await cf.Droplets.GetCurrentForAppAsync(app.Guid!);
    /// </code>
    /// </example>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Droplet> GetCurrentForAppAsync(string appGuid, CancellationToken cancellationToken = default);

    /// <summary>Lists an app's droplets (<c>GET /v3/apps/:guid/droplets</c>), page by page as it is enumerated.</summary>
    /// <param name="appGuid">The app GUID.</param>
    /// <param name="options">Filters, order and page size; null lists all of them.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The droplets; the pages are <see cref="CloudFoundryPage{T}"/>s.</returns>
    /// <exception cref="ArgumentException"><paramref name="appGuid"/> is not a GUID, or a filter is invalid.</exception>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<Droplet> ListForAppAsync(string appGuid, DropletListOptions? options = null, CancellationToken cancellationToken = default);
}
