using System.Runtime.CompilerServices;
using DeploymentSdk.Diagnostics;
using DeploymentSdk.Polling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeploymentSdk.Nomad;

/// <summary>
/// The loop behind every watch: one blocking read at a time, each waiting on the index of the previous answer.
/// Pull-based: a request is only sent when the consumer asks for the next item, so nothing runs in the background
/// and leaving the <c>await foreach</c> leaves nothing behind.
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
internal sealed class BlockingWatch<T>
{
    private readonly Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<T>>> _read;
    private readonly Func<T>? _whenNotFound;
    private readonly TimeSpan _waitTime;
    private readonly TimeSpan _minimumInterval;
    private readonly TimeSpan _backoffInitial;
    private readonly TimeSpan _backoffMax;
    private readonly bool _yieldEveryReturn;
    private readonly bool _allowStale;
    private readonly NomadQueryOptions _query;
    private readonly Action<Exception, TimeSpan>? _onTransientError;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="read">One blocking read with the given options.</param>
    /// <param name="options">Copied now, so later changes to the instance do not affect this watch.</param>
    /// <param name="whenNotFound">
    /// The value of a 404 that carries an index (the object does not exist at that index). Without it such a 404 is not
    /// yielded, and the watch blocks on its index until the object appears.
    /// </param>
    /// <param name="logger">The registration's logger, for the "watch backing off" event; none by default.</param>
    public BlockingWatch(
        Func<NomadQueryOptions, CancellationToken, Task<NomadResponse<T>>> read,
        NomadWatchOptions? options,
        Func<T>? whenNotFound = null,
        ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        ArgumentNullException.ThrowIfNull(read);
        options ??= new NomadWatchOptions();
        options.Validate();
        _read = read;
        _whenNotFound = whenNotFound;
        _waitTime = options.WaitTime;
        _minimumInterval = options.MinimumInterval;
        _backoffInitial = options.ErrorBackoffInitial;
        _backoffMax = options.ErrorBackoffMax;
        _yieldEveryReturn = options.YieldEveryReturn;
        _allowStale = options.AllowStale;
        _query = options.Query?.Clone() ?? new NomadQueryOptions();
        _onTransientError = options.OnTransientError;
        _time = options.TimeProvider;
    }

    public async IAsyncEnumerable<NomadResponse<T>> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Per watch, not per poll: one backoff, and one query options object that every read gets, reset to the base
        // query before each. The read itself is awaited here, in the iterator's own state machine, so an answered poll
        // adds no task, closure or options copy of the watch's own to the read's.
        var backoff = new ExponentialBackoff(_backoffInitial, _backoffMax);
        var query = new NomadQueryOptions();
        using var active = Http.NomadTelemetry.Instance.TrackWatch();
        ulong waitIndex = 0;     // 0: a plain read of the current state; above 0: block until the index passes it
        ulong lastYielded = 0;
        var fresh = true;        // the next answer is a first state (start, or after a reset) and is always yielded
        long? lastStart = null;  // the start of the previous request

        while (true)
        {
            // Pacing: at least MinimumInterval between the starts of two requests.
            cancellationToken.ThrowIfCancellationRequested();
            if (lastStart is { } start && _minimumInterval > TimeSpan.Zero)
            {
                var remaining = _minimumInterval - _time.GetElapsedTime(start);
                if (remaining > TimeSpan.Zero)
                {
                    await Task.Delay(remaining, _time, cancellationToken).ConfigureAwait(false);
                }
            }

            lastStart = _time.GetTimestamp();

            ResetQuery(query, waitIndex);
            NomadResponse<T>? response;
            ulong answerIndex;
            try
            {
                response = await _read(query, cancellationToken).ConfigureAwait(false);
                answerIndex = response.LastIndex;
                backoff.Reset();
            }
            catch (NomadApiException e) when (e.Kind == ApiErrorKind.NotFound && e.Meta.LastIndex > 0)
            {
                // Nomad blocks on a missing object too, and says at which index it was missing.
                backoff.Reset();
                response = _whenNotFound is null ? null : new NomadResponse<T>(_whenNotFound(), e.Meta);
                answerIndex = e.Meta.LastIndex;
            }
            catch (Exception e) when (IsTransient(e, cancellationToken))
            {
                await BackOffAsync(e, backoff, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Nomad's indexes only grow, but a snapshot restore or a new leader can hand out lower ones; 0 is never a
            // valid index after a read, and blocking on 0 would not block at all, so it counts as 1.
            var index = answerIndex == 0 ? 1 : answerIndex;
            if (waitIndex > 0 && index < waitIndex)
            {
                // Gone backwards: start over with a plain read, and yield what it returns as a first state.
                waitIndex = 0;
                lastYielded = 0;
                fresh = true;
                continue;
            }

            waitIndex = index;
            if (response is null)
            {
                continue; // a 404 the caller does not want as a value: keep blocking on its index
            }

            if (fresh || index > lastYielded || _yieldEveryReturn)
            {
                fresh = false;
                lastYielded = index;
                yield return response;
            }
        }
    }

    /// <summary>
    /// Sets the watch's query options to the base query with this read's index and wait, undoing anything the previous
    /// read changed: the same as a fresh copy of the base query, without allocating one per poll.
    /// </summary>
    private void ResetQuery(NomadQueryOptions query, ulong waitIndex)
    {
        _query.CopyTo(query);
        query.WaitIndex = waitIndex;
        query.WaitTime = _waitTime;
        query.AllowStale |= _allowStale;
    }

    /// <summary>After a transient failure: reports it, logs it, counts it and waits out its backoff delay.</summary>
    private async Task BackOffAsync(Exception failure, ExponentialBackoff backoff, CancellationToken cancellationToken)
    {
        var delay = backoff.Next();
        if (failure is ApiException { RetryAfter: { } retryAfter } && retryAfter > delay)
        {
            delay = retryAfter < _backoffMax ? retryAfter : _backoffMax;
        }

        _onTransientError?.Invoke(failure, delay);
        SdkLog.WatchBackingOff(_logger, "Nomad", NomadWatchLog.Describe(typeof(T), failure), NomadWatchLog.Describe(failure), delay);
        Http.NomadTelemetry.Instance.CountWatchRetry();
        await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Failures that heal by themselves: server errors (including 500 "No cluster leader"), throttling, transport
    /// errors and timeouts. Errors that will not (bad request, unauthorized, forbidden, a 404 without an index, an
    /// unreadable answer) end the watch; so does the caller's cancellation.
    /// </summary>
    internal static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        TimeoutException => true,
        ApiException api => api.Kind is ApiErrorKind.ServerError or ApiErrorKind.RateLimited or ApiErrorKind.Transport or ApiErrorKind.Timeout,
        HttpRequestException or IOException => true,
        _ => false,
    };
}
