namespace DeploymentSdk.CloudFoundry;

/// <summary>An error answered by the Cloud Foundry API, with the parsed <c>errors</c> list.</summary>
/// <remarks>
/// <para><see cref="ApiException.ErrorCodes"/> holds the errors' titles (for example <c>CF-ResourceNotFound</c>);
/// <see cref="ApiException.Kind"/> comes from the status, or from a well-known title where that is more precise.</para>
/// <para>On HTTP 429, <see cref="ApiException.RetryAfter"/> is the server's <c>Retry-After</c> and
/// <see cref="RateLimit"/> its <c>X-RateLimit-*</c> headers.</para>
/// </remarks>
public sealed class CloudFoundryApiException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A message for people; it must not contain credentials.</param>
    /// <param name="kind">The class of failure.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The request path, without query string.</param>
    /// <param name="responseBodyExcerpt">The start of the response body.</param>
    /// <param name="errors">The parsed <c>errors</c> list; empty when the body had none.</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if any.</param>
    /// <param name="rateLimit">The server's <c>X-RateLimit-*</c> headers, if any.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CloudFoundryApiException(
        string message,
        ApiErrorKind kind,
        int status,
        string? method,
        string? requestPath,
        string? responseBodyExcerpt,
        IReadOnlyList<CloudFoundryError>? errors,
        TimeSpan? retryAfter = null,
        CloudFoundryRateLimit? rateLimit = null,
        Exception? innerException = null)
        : base(
            message,
            kind,
            status,
            method,
            requestPath,
            responseBodyExcerpt,
            errors?.Select(error => error.Title).OfType<string>().ToArray(),
            retryAfter,
            innerException)
    {
        Errors = errors ?? [];
        RateLimit = rateLimit;
    }

    /// <summary>The errors the server reported, in order; empty when the body had no <c>errors</c> list.</summary>
    public IReadOnlyList<CloudFoundryError> Errors { get; }

    /// <summary>The server's <c>X-RateLimit-*</c> headers, when it sent any.</summary>
    public CloudFoundryRateLimit? RateLimit { get; }
}
