namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 organizations API (<c>/v3/organizations</c>), read side. Failures throw
/// <see cref="CloudFoundryApiException"/>; invalid arguments throw <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public interface ICloudFoundryOrganizationsClient
{
    /// <summary>Lists the organizations the caller can read (<c>GET /v3/organizations</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Filters and page size; null lists everything.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The organizations; the pages are <see cref="CloudFoundryPage{T}"/>s.</returns>
    /// <exception cref="ArgumentException">A filter is empty, holds a comma, or a GUID is malformed.</exception>
    /// <example>
    /// <code>
    /// await foreach (var org in cf.Organizations.ListAsync(new() { Names = ["my-org"] }))
    /// {
    ///     Console.WriteLine($"{org.Name} {org.Guid}");
    /// }
    /// </code>
    /// </example>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<Organization> ListAsync(OrganizationListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads an organization (<c>GET /v3/organizations/:guid</c>).</summary>
    /// <param name="guid">The organization GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organization.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the caller cannot read it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Organization> GetAsync(string guid, CancellationToken cancellationToken = default);
}
