using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace DeploymentSdk.Diagnostics;

/// <summary>
/// The per-request log of a provider's HttpClient, in place of IHttpClientFactory's default one: method, path (no query),
/// status and duration at <see cref="LogLevel.Trace"/>, and never a header. IHttpClientFactory's own logger puts the raw
/// header values into the structured state of its Trace events (only the formatted text is redacted), where a structured
/// log exporter would send a credential on.
/// </summary>
internal sealed partial class SdkHttpClientLogger(ILogger logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        if (logger.IsEnabled(LogLevel.Trace))
        {
            Answered(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (int)response.StatusCode, elapsed.TotalMilliseconds);
        }
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        if (logger.IsEnabled(LogLevel.Trace))
        {
            // The exception's type only: its message is .NET's and is turned into the provider's error, redacted, by the pipeline.
            Failed(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, exception.GetType().Name, elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Trace, Message = "HTTP {Method} {Path} answered {Status} in {ElapsedMilliseconds} ms.")]
    private static partial void Answered(ILogger logger, string method, string path, int status, double elapsedMilliseconds);

    [LoggerMessage(EventId = 101, Level = LogLevel.Trace, Message = "HTTP {Method} {Path} failed ({ExceptionType}) after {ElapsedMilliseconds} ms.")]
    private static partial void Failed(ILogger logger, string method, string path, string exceptionType, double elapsedMilliseconds);
}
