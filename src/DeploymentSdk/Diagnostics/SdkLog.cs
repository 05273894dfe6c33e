using Microsoft.Extensions.Logging;

namespace DeploymentSdk.Diagnostics;

/// <summary>
/// The SDK's log events: only what a person must know (a retry the server asked to wait for, a token refreshed, a watch
/// backing off, a stream reconnecting). Nothing is logged at Information per request; the per-request logs of
/// IHttpClientFactory (<c>System.Net.Http.HttpClient.*</c>) and Polly are the host's to switch on.
/// </summary>
/// <remarks>Messages never carry a credential: the values logged are names, counts, delays and the error's kind.</remarks>
internal static partial class SdkLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Provider} {Method} {Path} failed ({Outcome}); retry {Attempt} in {Delay}.")]
    public static partial void Retrying(ILogger logger, string provider, string method, string path, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Provider} rejected the token as expired; a new token was obtained and the request is sent again.")]
    public static partial void TokenRefreshed(ILogger logger, string provider);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Provider} watch {Watch} failed ({Error}); backing off for {Delay} before asking again.")]
    public static partial void WatchBackingOff(ILogger logger, string provider, string watch, string error, TimeSpan delay);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Provider} event stream dropped ({Error}); reconnecting in {Delay}.")]
    public static partial void StreamReconnecting(ILogger logger, string provider, string error, TimeSpan delay);
}
