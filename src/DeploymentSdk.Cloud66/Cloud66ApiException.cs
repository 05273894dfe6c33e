namespace DeploymentSdk.Cloud66;

/// <summary>
/// An error answered by the Cloud66 API, with the fields of its JSON error body when it had one
/// (<c>{"error": "...", "error_description": "...", "details": ...}</c>).
/// </summary>
/// <remarks>
/// <para><see cref="ApiException.Kind"/> follows Cloud66's use of the status codes: 401 is
/// <see cref="ApiErrorKind.Unauthorized"/>; 402 (the account's trial has expired or it needs a paid plan) and 403
/// (the token lacks the scope) are <see cref="ApiErrorKind.PermissionDenied"/>; 404 is
/// <see cref="ApiErrorKind.NotFound"/>; 408 is <see cref="ApiErrorKind.ServerError"/>; 409 is
/// <see cref="ApiErrorKind.Conflict"/>; a 503 whose body says "throttled" (Cloud66's limit of 3,000 requests per user
/// per hour) and a 429 are <see cref="ApiErrorKind.RateLimited"/>, any other 503 is <see cref="ApiErrorKind.ServerError"/>.</para>
/// <para><see cref="ApiException.ErrorCodes"/> holds <see cref="Error"/> when the body had one.</para>
/// </remarks>
public sealed class Cloud66ApiException : ApiException
{
    /// <summary>Creates an exception describing a failed Cloud66 call; for tests that fake a client.</summary>
    /// <param name="message">A message for people; it must not contain credentials.</param>
    /// <param name="kind">The class of failure.</param>
    /// <param name="status">The HTTP status code, or 0 when no response was received.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The request path, without query string.</param>
    /// <param name="responseBodyExcerpt">The start of the response body.</param>
    /// <param name="error">The <c>error</c> field of the body.</param>
    /// <param name="errorDescription">The <c>error_description</c> field of the body.</param>
    /// <param name="details">The <c>details</c> field of the body: its text, or its JSON when it is not a string.</param>
    /// <param name="retryAfter">How long the server asked the caller to wait, if it said.</param>
    /// <param name="innerException">What .NET reported, for a failure without an answer (a refused connection, TLS); null otherwise.</param>
    public Cloud66ApiException(
        string message,
        ApiErrorKind kind,
        int status,
        string? method = null,
        string? requestPath = null,
        string? responseBodyExcerpt = null,
        string? error = null,
        string? errorDescription = null,
        string? details = null,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, kind, status, method, requestPath, responseBodyExcerpt, string.IsNullOrEmpty(error) ? [] : [error], retryAfter, innerException)
    {
        Error = error;
        ErrorDescription = errorDescription;
        Details = details;
    }

    /// <summary>The <c>error</c> field of the error body (a short code or sentence); <see langword="null"/> when there was none.</summary>
    public string? Error { get; }

    /// <summary>The <c>error_description</c> field of the error body; <see langword="null"/> when there was none.</summary>
    public string? ErrorDescription { get; }

    /// <summary>
    /// The <c>details</c> field of the error body: its text when it is a string, its JSON otherwise;
    /// <see langword="null"/> when there was none.
    /// </summary>
    public string? Details { get; }
}
