namespace DeploymentSdk;

/// <summary>
/// The class of failure an <see cref="ApiException"/> represents, so callers can branch without matching message text.
/// </summary>
public enum ApiErrorKind
{
    /// <summary>The failure fits none of the other kinds; inspect <see cref="ApiException.Status"/>.</summary>
    Unknown = 0,

    /// <summary>The server rejected the request as malformed or invalid (HTTP 400, 422).</summary>
    BadRequest,

    /// <summary>The credentials are missing, expired or invalid (HTTP 401).</summary>
    Unauthorized,

    /// <summary>The credentials are valid but lack the permission or scope for the operation (HTTP 403, Cloud66 402).</summary>
    PermissionDenied,

    /// <summary>The addressed resource does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The request conflicts with the current state, including a failed check-and-set (HTTP 409, or the provider's equivalent).</summary>
    Conflict,

    /// <summary>The server is throttling the caller (HTTP 429, or the provider's equivalent); see <see cref="ApiException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>The server failed or is unavailable (HTTP 5xx, 408).</summary>
    ServerError,

    /// <summary>The server answered successfully but the body could not be read as the expected model.</summary>
    InvalidResponse,

    /// <summary>No HTTP answer was received: the connection was refused or reset, name resolution or TLS failed.</summary>
    Transport,

    /// <summary>
    /// No answer arrived within the request timeout (<see cref="ApiClientOptions.RequestTimeout"/> or the call's own);
    /// the <see cref="Exception.InnerException"/> is a <see cref="TimeoutException"/>. The caller's own cancellation is
    /// an <see cref="OperationCanceledException"/> instead.
    /// </summary>
    Timeout,
}
