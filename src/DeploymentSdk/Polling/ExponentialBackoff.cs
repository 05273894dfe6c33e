namespace DeploymentSdk.Polling;

/// <summary>
/// Delays between attempts that double from <c>initial</c> up to <c>max</c>, with jitter so that many callers
/// recovering from the same outage do not return in step. Not thread-safe: one instance per loop.
/// </summary>
internal sealed class ExponentialBackoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private TimeSpan _current;

    public ExponentialBackoff(TimeSpan initial, TimeSpan max)
    {
        if (initial <= TimeSpan.Zero || max < initial)
        {
            throw new ArgumentOutOfRangeException(nameof(initial), "The initial delay must be positive and not above the maximum.");
        }

        _initial = initial;
        _max = max;
        _current = initial;
    }

    /// <summary>How many delays were handed out since the last <see cref="Reset"/>.</summary>
    public int Attempt { get; private set; }

    /// <summary>The next delay: the current step with ±20% jitter; the step then doubles, capped at the maximum.</summary>
    public TimeSpan Next()
    {
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        var delay = TimeSpan.FromTicks((long)(_current.Ticks * jitter));
        _current = TimeSpan.FromTicks(Math.Min(_max.Ticks, _current.Ticks * 2));
        Attempt++;
        return delay;
    }

    /// <summary>Starts again from the initial delay, after a success.</summary>
    public void Reset()
    {
        _current = _initial;
        Attempt = 0;
    }
}
