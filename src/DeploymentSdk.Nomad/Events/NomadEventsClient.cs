using System.Globalization;
using System.Runtime.CompilerServices;
using DeploymentSdk.Diagnostics;
using DeploymentSdk.Http;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Polling;

namespace DeploymentSdk.Nomad.Events;

/// <summary>The event stream over the shared Nomad pipeline: connect, read frames, drop repeats, reconnect from the last index.</summary>
internal sealed class NomadEventsClient : INomadEventsClient
{
    public const string StreamPath = "v1/event/stream";

    /// <summary>Connections in a row that end before their first frame before the stream gives up (see <see cref="Refused"/>).</summary>
    internal const int MaxClosesBeforeFirstFrame = 2;

    private readonly NomadPipeline _pipeline;
    private readonly TimeProvider _time;

    /// <param name="pipeline">The Nomad pipeline.</param>
    /// <param name="time">
    /// The clock of every delay of the stream (reconnect backoff, Retry-After) and of its heartbeat timeout: the host's
    /// <see cref="TimeProvider"/> from DI, <see cref="TimeProvider.System"/> otherwise.
    /// </param>
    public NomadEventsClient(NomadPipeline pipeline, TimeProvider? time = null)
    {
        _pipeline = pipeline;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The clock of the stream's delays and heartbeat timeout.</summary>
    internal TimeProvider Time => _time;

    public IAsyncEnumerable<NomadEventBatch> StreamAsync(NomadEventStreamOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = NomadEventStreamSettings.From(options ?? new NomadEventStreamOptions(), nameof(options));
        return ReadBatchesAsync(settings, filter: null, includeEmpty: false, cancellationToken);
    }

    public NomadEventFollower CreateFollower(NomadEventStreamOptions options) =>
        new(this, NomadEventStreamSettings.From(options, nameof(options)));

    /// <summary>
    /// The stream: batches above the last index seen, in order. With <paramref name="includeEmpty"/>, batches whose events
    /// the filter removed are yielded too (empty), so a caller can track the index.
    /// </summary>
    internal async IAsyncEnumerable<NomadEventBatch> ReadBatchesAsync(
        NomadEventStreamSettings settings,
        NomadEventFilter? filter,
        bool includeEmpty,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Nomad replays the requested index, so a batch at or below the last index seen is normally a repeat and dropped.
        // A batch below it that this stream did not deliver lately means the server's index went backwards (a dev agent
        // restarted, a cluster rebuilt behind the same address, a snapshot restore): see Resynchronise below.
        var requestIndex = settings.StartIndex is > 0 ? settings.StartIndex : null;
        var seen = requestIndex - 1 ?? 0;
        var recent = new RecentIndexes();
        var backoff = new ExponentialBackoff(settings.MinReconnectDelay, settings.MaxReconnectDelay);
        var closesBeforeFirstFrame = 0;
        ulong? badFrameAt = null;
        var aclRetried = false;
        using var active = Http.NomadTelemetry.Instance.TrackStream();

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (connection, retryAfter, error) = await ConnectAsync(settings, requestIndex, filter, cancellationToken).ConfigureAwait(false);
            if (connection is null)
            {
                Http.NomadTelemetry.Instance.CountReconnect("event_stream");
                await DelayAsync(backoff.Next(), retryAfter, error, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var frames = 0;
            var path = connection.Path;
            NomadEventRead end = default;
            NomadEventBatch? reset = null;
            try
            {
                while (true)
                {
                    var read = await connection.ReadAsync(cancellationToken).ConfigureAwait(false);
                    if (read.Kind != NomadEventReadKind.Frame)
                    {
                        end = read;
                        break;
                    }

                    frames++;
                    closesBeforeFirstFrame = 0;
                    if (frames == 2)
                    {
                        // The subscription was accepted and stayed up: the next outage starts from the shortest delay.
                        backoff.Reset();
                        aclRetried = false;
                    }

                    if (read.Frame.Batch is not { } batch)
                    {
                        continue;
                    }

                    if (batch.Index <= seen)
                    {
                        if (batch.Index == seen || recent.Contains(batch.Index))
                        {
                            continue; // a replay of a batch this stream already delivered
                        }

                        reset = new NomadEventBatch(batch.Index, []) { IsReset = true };
                        break;
                    }

                    seen = batch.Index;
                    requestIndex = batch.Index;
                    recent.Add(batch.Index);
                    if (batch.Events.Count > 0 || includeEmpty)
                    {
                        yield return batch;
                    }
                }
            }
            finally
            {
                connection.Dispose();
            }

            if (reset is not null)
            {
                // Resynchronise, as a blocking watch does when its index goes backwards: tell the consumer, then read
                // the server's history again from the oldest event it buffers (no index), so nothing it holds is skipped.
                yield return reset;
                seen = 0;
                requestIndex = null;
                recent.Clear();
                badFrameAt = null;
            }
            else if (end.Kind == NomadEventReadKind.Ended && frames == 0)
            {
                closesBeforeFirstFrame++;
                if (closesBeforeFirstFrame >= MaxClosesBeforeFirstFrame)
                {
                    throw Refused(path, seen);
                }
            }
            else if (end.Kind == NomadEventReadKind.ServerText && AclFailureKind(end.Text!) is { } kind)
            {
                // A token that rotates (a TokenProvider) may have been replaced under the open stream: reconnect once,
                // which asks the provider again. A static token, or the same closure again before the next subscription
                // stayed up, is a refusal that stands.
                if (_pipeline.Options.TokenProvider is null || aclRetried)
                {
                    throw ClosedByServer(path, kind, end.Text!, seen);
                }

                aclRetried = true;
            }
            else if (end.Kind == NomadEventReadKind.BadFrame)
            {
                // One unreadable line (bad JSON, invalid UTF-8, over the size cap; often a cut connection) is survived by
                // resuming from the last index; the same failure again without progress is a frame this client cannot
                // read, reported with one typed error instead of looping.
                if (badFrameAt == seen)
                {
                    throw new ApiException(
                        $"Nomad GET {path} sent an event-stream line that is not a valid frame twice after index {seen}: {end.Error!.Message}",
                        ApiErrorKind.InvalidResponse, 200, "GET", path, innerException: end.Error);
                }

                badFrameAt = seen;
            }

            Http.NomadTelemetry.Instance.CountReconnect("event_stream");
            await DelayAsync(backoff.Next(), null, reset is not null ? "index reset" : end.Kind.ToString(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(NomadEventConnection? Connection, TimeSpan? RetryAfter, string? Error)> ConnectAsync(
        NomadEventStreamSettings settings, ulong? index, NomadEventFilter? filter, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(HttpMethod.Get, StreamPath) { IsLongPoll = true };
        _pipeline.ApplyQuery(request, new NomadQueryOptions { Namespace = settings.Namespace, Region = settings.Region });
        request.AddQuery("index", index?.ToString(CultureInfo.InvariantCulture));
        foreach (var topic in settings.Topics)
        {
            request.AddQuery("topic", topic);
        }

        try
        {
            var response = await _pipeline.OpenStreamAsync(request, cancellationToken).ConfigureAwait(false);
            var connection = await NomadEventConnection.OpenAsync(
                response, settings.HeartbeatTimeout, _pipeline.Options.MaxResponseBytes, filter, _time, cancellationToken).ConfigureAwait(false);
            return (connection, null, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
        catch (ApiException e) when (e.Kind is ApiErrorKind.Transport or ApiErrorKind.Timeout or ApiErrorKind.ServerError or ApiErrorKind.RateLimited)
        {
            return (null, e.RetryAfter, NomadWatchLog.Describe(e));
        }
        catch (Exception e) when (e is TimeoutException or IOException or HttpRequestException)
        {
            return (null, null, NomadWatchLog.Describe(e));
        }
    }

    private Task DelayAsync(TimeSpan backoff, TimeSpan? retryAfter, string? error, CancellationToken cancellationToken)
    {
        var delay = retryAfter > backoff ? retryAfter.Value : backoff;
        SdkLog.StreamReconnecting(_pipeline.Logger, "Nomad", error ?? "closed", delay);
        return Task.Delay(delay, _time, cancellationToken);
    }

    /// <summary>
    /// The indexes of the last batches delivered, to tell a replay (Nomad resends the requested index, and a server that
    /// is behind resends its newest batch) from a server whose index went backwards. Fixed size: memory stays flat.
    /// </summary>
    private sealed class RecentIndexes
    {
        private const int Size = 16;
        private readonly ulong[] _indexes = new ulong[Size];
        private int _next;

        public void Add(ulong index)
        {
            _indexes[_next] = index;
            _next = (_next + 1) % Size;
        }

        public bool Contains(ulong index) => index != 0 && Array.IndexOf(_indexes, index) >= 0;

        public void Clear()
        {
            Array.Clear(_indexes);
            _next = 0;
        }
    }

    /// <summary>The kind of an ACL failure named in text an older server appended to the stream; null for other text.</summary>
    internal static ApiErrorKind? AclFailureKind(string text)
    {
        if (text.Contains("token expired", StringComparison.OrdinalIgnoreCase)
            || text.Contains("token not found", StringComparison.OrdinalIgnoreCase))
        {
            return ApiErrorKind.Unauthorized;
        }

        return text.Contains("permission denied", StringComparison.OrdinalIgnoreCase) ? ApiErrorKind.PermissionDenied : null;
    }

    private static NomadApiException ClosedByServer(string path, ApiErrorKind kind, string text, ulong seen) =>
        new(
            $"Nomad closed the event stream (GET {path}) after index {seen}: {text}. The token expired or lost the permission "
            + "to read the subscribed topics (namespace:read-job); subscribe again with a valid token, starting at the next index.",
            kind,
            200,
            "GET",
            path,
            text);

    // Current Nomad answers 200 before it checks the token and then closes the stream without a frame when the
    // subscription is refused (an expired, deleted or under-privileged token); a working subscription always starts
    // with a heartbeat. Two such closes in a row are reported instead of reconnecting forever.
    private static NomadApiException Refused(string path, ulong seen) =>
        new(
            $"Nomad closed the event stream (GET {path}) before its first heartbeat {MaxClosesBeforeFirstFrame} times in a row "
            + $"(last index seen: {seen}). Nomad does this when it refuses the subscription: the token expired, was deleted or "
            + "may not read the subscribed topics (namespace:read-job; every topic needs a management token), or the server's event broker is disabled.",
            ApiErrorKind.PermissionDenied,
            200,
            "GET",
            path,
            null);
}
