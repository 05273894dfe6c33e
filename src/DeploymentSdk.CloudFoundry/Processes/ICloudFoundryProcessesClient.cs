namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 processes API, read side: a process, an app's processes, and a process's instance stats (the
/// health of a rollout). Failures throw <see cref="CloudFoundryApiException"/>; invalid arguments throw
/// <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public interface ICloudFoundryProcessesClient
{
    /// <summary>Reads a process (<c>GET /v3/processes/:guid</c>).</summary>
    /// <param name="guid">The process GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The process.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With <see cref="ApiErrorKind.NotFound"/> when it does not exist or the caller cannot read it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<AppProcess> GetAsync(string guid, CancellationToken cancellationToken = default);

    /// <summary>Lists an app's processes (<c>GET /v3/apps/:guid/processes</c>), page by page as it is enumerated.</summary>
    /// <param name="appGuid">The app GUID.</param>
    /// <param name="options">Filters, order and page size; null lists all of them.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The processes; during a deployment this includes the deployment's new processes.</returns>
    /// <exception cref="ArgumentException"><paramref name="appGuid"/> is not a GUID, or a filter is invalid.</exception>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<AppProcess> ListForAppAsync(string appGuid, ProcessListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the stats of each instance of a process (<c>GET /v3/processes/:guid/stats</c>): state, uptime, usage and crash details.</summary>
    /// <param name="guid">The process GUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One item per instance, in the server's order; the list is not paged.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">
    /// With <see cref="ApiErrorKind.NotFound"/> when the process does not exist; with status 503 when the platform
    /// cannot reach its instance backend (retry later).
    /// </exception>
    /// <example>
    /// <code>
    /// foreach (var instance in await cf.Processes.GetStatsAsync(process.Guid!))
    /// {
    ///     Console.WriteLine($"{instance.Type}#{instance.Index} {instance.State} {instance.Details}");
    /// }
    /// </code>
    /// </example>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<IReadOnlyList<ProcessInstanceStats>> GetStatsAsync(string guid, CancellationToken cancellationToken = default);
}
