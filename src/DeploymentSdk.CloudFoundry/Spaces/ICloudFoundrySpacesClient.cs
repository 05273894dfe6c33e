namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 spaces API (<c>/v3/spaces</c>), read side. Failures throw <see cref="CloudFoundryApiException"/>;
/// invalid arguments throw <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public interface ICloudFoundrySpacesClient
{
    /// <summary>Lists the spaces the caller can read (<c>GET /v3/spaces</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Filters and page size; null lists everything.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The spaces; the pages are <see cref="CloudFoundryPage{T}"/>s.</returns>
    /// <exception cref="ArgumentException">A filter is empty, holds a comma, or a GUID is malformed.</exception>
    /// <example>
    /// <code>
    /// await foreach (var space in cf.Spaces.ListAsync(new() { Names = ["prod"], OrganizationGuids = [orgGuid] }))
    /// {
    ///     Console.WriteLine(space.Guid);
    /// }
    /// </code>
    /// </example>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<Space> ListAsync(SpaceListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a space (<c>GET /v3/spaces/:guid</c>).</summary>
    /// <param name="guid">The space GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The space.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the caller cannot read it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Space> GetAsync(string guid, CancellationToken cancellationToken = default);
}
