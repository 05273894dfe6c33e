using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DeploymentSdk.Diagnostics;

/// <summary>
/// The per-request log of a provider's HttpClient, in place of IHttpClientFactory's: method, path (no query), status and
/// duration at <see cref="LogLevel.Trace"/>, and never a header. IHttpClientFactory's own logger puts the raw header
/// values into the structured state of its Trace events (only the formatted text is redacted), where a structured log
/// exporter would send a credential on.
/// </summary>
/// <remarks>
/// The innermost of the SDK's handlers, so each attempt and each redirect hop is one entry. When Trace is off (the
/// usual case) a request passes straight through: no state machine, no timestamp; the level is checked per request, so
/// a level changed at run time applies to the next request.
/// </remarks>
internal sealed partial class SdkHttpLoggingHandler(ILogger logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        logger.IsEnabled(LogLevel.Trace) ? SendLoggedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The exception's type only: its message is .NET's and is turned into the provider's error, redacted, by the pipeline.
            Failed(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, e.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }

        Answered(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Trace, Message = "HTTP {Method} {Path} answered {Status} in {ElapsedMilliseconds} ms.")]
    private static partial void Answered(ILogger logger, string method, string path, int status, double elapsedMilliseconds);

    [LoggerMessage(EventId = 101, Level = LogLevel.Trace, Message = "HTTP {Method} {Path} failed ({ExceptionType}) after {ElapsedMilliseconds} ms.")]
    private static partial void Failed(ILogger logger, string method, string path, string exceptionType, double elapsedMilliseconds);
}
