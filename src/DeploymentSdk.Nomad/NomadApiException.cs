namespace DeploymentSdk.Nomad;

/// <summary>
/// An error answered by Nomad. Nomad answers errors as plain text; the text is in the message and in
/// <see cref="ApiException.ResponseBodyExcerpt"/>, and <see cref="ApiException.Kind"/> classifies it.
/// </summary>
/// <remarks>
/// A failed check-and-set (a register whose <c>JobModifyIndex</c> is stale) is answered by Nomad with a 500 and is
/// reported here as <see cref="ApiErrorKind.Conflict"/>.
/// </remarks>
public sealed class NomadApiException : ApiException
{
    /// <summary>Creates the exception; the SDK creates it from Nomad's answer.</summary>
    /// <param name="message">The message, without credentials.</param>
    /// <param name="kind">The class of failure.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="method">The request method.</param>
    /// <param name="requestPath">The request path without query.</param>
    /// <param name="responseBody">Nomad's error text.</param>
    /// <param name="meta">The metadata Nomad sent with the error.</param>
    /// <param name="retryAfter">The server's Retry-After.</param>
    /// <param name="innerException">What .NET reported, for a failure without an answer (a refused connection, TLS); null otherwise.</param>
    public NomadApiException(
        string message,
        ApiErrorKind kind,
        int status,
        string? method,
        string? requestPath,
        string? responseBody,
        NomadQueryMeta? meta = null,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, kind, status, method, requestPath, responseBody, null, retryAfter, innerException)
    {
        Meta = meta ?? NomadQueryMeta.None;
    }

    /// <summary>
    /// The metadata that came with the error. Nomad sends an index with a 404 of a blocking read, so a watch of an
    /// object that does not exist yet can block on it.
    /// </summary>
    public NomadQueryMeta Meta { get; }
}
