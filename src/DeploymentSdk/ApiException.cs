using System.Net;

namespace DeploymentSdk;

/// <summary>
/// An error answered by a deployment platform's API, or a successful answer that could not be read.
/// </summary>
/// <remarks>
/// <para>Branch on <see cref="Kind"/> (or <see cref="Status"/> and <see cref="ErrorCodes"/>), never on the message text.</para>
/// <para>The message and properties never contain credentials: <see cref="RequestPath"/> is the path without its query
/// string, and <see cref="ResponseBodyExcerpt"/> is bounded to <see cref="MaxExcerptLength"/> characters.</para>
/// <para>Each provider derives its own type (for example <c>NomadApiException</c>) that adds what its platform reports.</para>
/// </remarks>
public class ApiException : Exception
{
    /// <summary>The largest number of characters of the response body kept in <see cref="ResponseBodyExcerpt"/>.</summary>
    public const int MaxExcerptLength = 4096;

    /// <summary>Creates an exception describing a failed API call.</summary>
    /// <param name="message">A message for people; it must not contain credentials.</param>
    /// <param name="kind">The class of failure.</param>
    /// <param name="status">The HTTP status code, or 0 when no response was received.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestPath">The request path, without query string.</param>
    /// <param name="responseBodyExcerpt">The start of the response body; truncated to <see cref="MaxExcerptLength"/>.</param>
    /// <param name="errorCodes">Machine-readable error codes reported by the provider, if any.</param>
    /// <param name="retryAfter">How long the server asked the caller to wait, if it said.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ApiException(
        string message,
        ApiErrorKind kind,
        int status,
        string? method = null,
        string? requestPath = null,
        string? responseBodyExcerpt = null,
        IReadOnlyList<string>? errorCodes = null,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Status = status;
        Method = method;
        RequestPath = requestPath;
        ResponseBodyExcerpt = Truncate(responseBodyExcerpt, MaxExcerptLength);
        ErrorCodes = errorCodes ?? [];
        RetryAfter = retryAfter;
    }

    /// <summary>The class of failure.</summary>
    public ApiErrorKind Kind { get; }

    /// <summary>The HTTP status code of the response, or 0 when none was received.</summary>
    public int Status { get; }

    /// <summary>The HTTP status code as <see cref="HttpStatusCode"/>.</summary>
    public HttpStatusCode StatusCode => (HttpStatusCode)Status;

    /// <summary>The HTTP method of the failed request.</summary>
    public string? Method { get; }

    /// <summary>The path of the failed request, without query string.</summary>
    public string? RequestPath { get; }

    /// <summary>The start of the response body, at most <see cref="MaxExcerptLength"/> characters.</summary>
    public string? ResponseBodyExcerpt { get; }

    /// <summary>Machine-readable error codes reported by the provider (for example Cloud Foundry's <c>CF-ResourceNotFound</c>); empty when none.</summary>
    public IReadOnlyList<string> ErrorCodes { get; }

    /// <summary>How long the server asked the caller to wait before trying again, when it said so.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Maps an HTTP status code to the kind of failure it usually means.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <returns>The matching <see cref="ApiErrorKind"/>.</returns>
    public static ApiErrorKind KindFromStatus(int status) => status switch
    {
        400 or 422 => ApiErrorKind.BadRequest,
        401 => ApiErrorKind.Unauthorized,
        403 => ApiErrorKind.PermissionDenied,
        404 => ApiErrorKind.NotFound,
        409 or 412 => ApiErrorKind.Conflict,
        429 => ApiErrorKind.RateLimited,
        408 or >= 500 and <= 599 => ApiErrorKind.ServerError,
        _ => ApiErrorKind.Unknown,
    };

    internal static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
