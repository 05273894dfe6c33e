using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>
/// A fake blocking read: answers from a script, one step per call, and records the query and the (fake) time of each
/// call. When the script runs out it blocks until cancelled, like a long poll on an idle object.
/// </summary>
internal sealed class ScriptedRead
{
    private readonly ConcurrentQueue<Func<NomadResponse<string>>> _steps = new();
    private readonly RecordingClock _time;

    public ScriptedRead(RecordingClock time) => _time = time;

    /// <summary>Each call: its query, and when the watch started it (the clock reading it took just before calling).</summary>
    public List<(ulong? WaitIndex, TimeSpan? WaitTime, bool AllowStale, TimeSpan At)> Calls { get; } = [];

    public ScriptedRead Answer(string value, ulong index)
    {
        _steps.Enqueue(() => new NomadResponse<string>(value, new NomadQueryMeta(index, TimeSpan.Zero, true, null)));
        return this;
    }

    public ScriptedRead Fail(int status, ulong index = 0, string body = "error")
    {
        _steps.Enqueue(() => throw new NomadApiException(
            $"Nomad GET /v1/x answered {status}: {body}",
            ApiException.KindFromStatus(status),
            status,
            "GET",
            "/v1/x",
            body,
            new NomadQueryMeta(index, TimeSpan.Zero, true, null)));
        return this;
    }

    public ScriptedRead Throw(Exception exception)
    {
        _steps.Enqueue(() => throw exception);
        return this;
    }

    public async Task<NomadResponse<string>> ReadAsync(NomadQueryOptions query, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add((query.WaitIndex, query.WaitTime, query.AllowStale, _time.LastReading));
        }

        if (_steps.TryDequeue(out var step))
        {
            return step();
        }

        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// Takes <paramref name="count"/> items from the watch while moving fake time forward, then cancels it. Time only
    /// moves here, so the recorded call times show exactly the delays the watch asked for.
    /// </summary>
    public static async Task<List<NomadResponse<T>>> TakeAsync<T>(
        IAsyncEnumerable<NomadResponse<T>> watch,
        int count,
        FakeTimeProvider time,
        CancellationTokenSource cancellation)
    {
        var items = new List<NomadResponse<T>>();
        var consume = Task.Run(async () =>
        {
            await foreach (var item in watch.WithCancellation(cancellation.Token))
            {
                items.Add(item);
                if (items.Count == count)
                {
                    break;
                }
            }
        });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!consume.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        await cancellation.CancelAsync();
        await consume;
        return items;
    }
}

/// <summary>
/// A fake clock that remembers the last timestamp it handed out. The test advances time on another thread, so reading
/// the clock again inside the fake read could be later than the watch's own reading; this is the watch's reading.
/// </summary>
internal sealed class RecordingClock(FakeTimeProvider fake) : TimeProvider
{
    private readonly long _origin = fake.GetTimestamp();
    private long _last;

    /// <summary>The last timestamp handed out, as time since this clock was made.</summary>
    public TimeSpan LastReading => fake.GetElapsedTime(_origin, Interlocked.Read(ref _last));

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override long GetTimestamp()
    {
        var now = fake.GetTimestamp();
        Interlocked.Exchange(ref _last, now);
        return now;
    }

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        fake.CreateTimer(callback, state, dueTime, period);
}
