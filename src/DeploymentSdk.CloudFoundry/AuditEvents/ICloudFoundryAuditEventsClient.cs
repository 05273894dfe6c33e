namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// The Cloud Foundry v3 audit events API (<c>/v3/audit_events</c>): among others, each crash of an app's instance
/// (<c>audit.app.process.crash</c>). Failures throw <see cref="CloudFoundryApiException"/>; invalid arguments throw
/// <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public interface ICloudFoundryAuditEventsClient
{
    /// <summary>Lists audit events (<c>GET /v3/audit_events</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Filters, order and page size; null lists everything the caller can read.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events; the pages are <see cref="CloudFoundryPage{T}"/>s.</returns>
    /// <exception cref="ArgumentException">A filter is empty, holds a comma, or a GUID is malformed.</exception>
    /// <example>
    /// <code>
    /// var crashes = cf.AuditEvents.ListAsync(new() { Types = ["audit.app.process.crash"], TargetGuids = [app.Guid!] });
    /// </code>
    /// </example>
    /// <exception cref="CloudFoundryApiException">Cloud Foundry answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    AsyncPageable<AuditEvent> ListAsync(AuditEventListOptions? options = null, CancellationToken cancellationToken = default);
}
