namespace DeploymentSdk.Http;

/// <summary>
/// A failure without an error answer to read (refused connection, the request timeout, TLS, an unsupported redirect,
/// a body that did not parse), handed to the provider so it is thrown as the provider's exception type.
/// </summary>
/// <param name="Message">A message for people, already free of credentials.</param>
/// <param name="Kind">The class of failure.</param>
/// <param name="Status">The HTTP status of the answer, or 0 when none was received.</param>
/// <param name="Method">The request method.</param>
/// <param name="Path">The request path, without query string.</param>
/// <param name="InnerException">What .NET reported.</param>
internal sealed record ApiFailure(string Message, ApiErrorKind Kind, int Status, string? Method, string? Path, Exception? InnerException)
{
    /// <summary>The failure as the core's own <see cref="ApiException"/>, for a provider that has no type of its own.</summary>
    public ApiException ToApiException() => new(Message, Kind, Status, Method, Path, innerException: InnerException);
}
