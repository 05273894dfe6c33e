using System.Net.Http.Headers;

namespace DeploymentSdk.Http;

/// <summary>An unsuccessful answer, handed to a provider to build its exception.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Method">The request method.</param>
/// <param name="Path">The escaped request path, without query string.</param>
/// <param name="Body">The start of the body (bounded), or null when empty.</param>
/// <param name="Headers">The response headers.</param>
/// <param name="RetryAfter">The server's Retry-After, as a delay.</param>
internal sealed record ApiErrorResponse(
    int Status,
    string Method,
    string Path,
    string? Body,
    HttpResponseHeaders Headers,
    TimeSpan? RetryAfter)
{
    /// <summary>
    /// The reason phrase of the status line (HTTP/1.1 only), which some platforms use to say more than the status, e.g.
    /// a 503 "Throttled"; null when the server sent none.
    /// </summary>
    public string? ReasonPhrase { get; init; }

    /// <summary>A message for people: "{provider} answered 404 (NotFound) to GET /v1/job/x: body".</summary>
    public string DescribeWith(string provider, string? detail) =>
        $"{provider} answered {Status} ({(System.Net.HttpStatusCode)Status}) to {Method} {Path}"
        + (string.IsNullOrWhiteSpace(detail) ? "." : $": {ApiException.Truncate(detail.Trim(), 512)}");
}
