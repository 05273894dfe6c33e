namespace DeploymentSdk.Nomad;

/// <summary>How a watch drives Nomad's blocking queries: the wait per request, pacing, error backoff and what it yields.</summary>
/// <remarks>
/// <para>Defaults: <see cref="WaitTime"/> 5 minutes (Nomad's own default and its server-side maximum);
/// <see cref="MinimumInterval"/> 1 s; <see cref="ErrorBackoffInitial"/> 1 s doubling up to <see cref="ErrorBackoffMax"/>
/// 1 minute, with ±20% jitter; <see cref="YieldEveryReturn"/> and <see cref="AllowStale"/> off;
/// <see cref="TimeProvider"/> the system clock; no <see cref="Query"/>.</para>
/// <para>An instance may be shared by many watches; each watch reads it when it starts.</para>
/// </remarks>
public sealed class NomadWatchOptions
{
    /// <summary>The default of <see cref="WaitTime"/>: 5 minutes.</summary>
    public static readonly TimeSpan DefaultWaitTime = TimeSpan.FromMinutes(5);

    /// <summary>The default of <see cref="MinimumInterval"/>: 1 second.</summary>
    public static readonly TimeSpan DefaultMinimumInterval = TimeSpan.FromSeconds(1);

    /// <summary>The default of <see cref="ErrorBackoffInitial"/>: 1 second.</summary>
    public static readonly TimeSpan DefaultErrorBackoffInitial = TimeSpan.FromSeconds(1);

    /// <summary>The default of <see cref="ErrorBackoffMax"/>: 1 minute.</summary>
    public static readonly TimeSpan DefaultErrorBackoffMax = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long each blocking request may wait for a change (sent as <c>wait=300000ms</c>). Nomad clamps it to
    /// 5 minutes and adds up to wait/16 of jitter; the request's timeout is sized from it, so no SDK timeout cuts the
    /// poll. Default 5 minutes. Must be positive.
    /// </summary>
    public TimeSpan WaitTime { get; set; } = DefaultWaitTime;

    /// <summary>
    /// The least time between the starts of two requests of one watch, so an object that changes constantly (or a
    /// proxy that answers at once) never turns the watch into a busy loop. Changes in between are not lost: the next
    /// read returns the latest state. Default 1 s. Zero turns pacing off; must not be negative.
    /// </summary>
    public TimeSpan MinimumInterval { get; set; } = DefaultMinimumInterval;

    /// <summary>The delay after the first of consecutive transient failures; it doubles per failure up to <see cref="ErrorBackoffMax"/>. Default 1 s.</summary>
    public TimeSpan ErrorBackoffInitial { get; set; } = DefaultErrorBackoffInitial;

    /// <summary>The longest delay between attempts while the server keeps failing. Default 1 minute.</summary>
    public TimeSpan ErrorBackoffMax { get; set; } = DefaultErrorBackoffMax;

    /// <summary>
    /// Yield every answer, also those whose index did not move (a wait that timed out, an idempotent write).
    /// Off by default: the watch yields the first state and then only changes.
    /// </summary>
    public bool YieldEveryReturn { get; set; }

    /// <summary>
    /// Let any server answer (<c>stale=true</c>), not only the leader: spreads many watchers over the followers at the
    /// cost of slightly old data (see <see cref="NomadQueryMeta.LastContact"/>). Off by default.
    /// </summary>
    public bool AllowStale { get; set; }

    /// <summary>
    /// The base of every request: region, namespace, filter, extra parameters and headers. The watch sets its own
    /// <see cref="NomadQueryOptions.WaitIndex"/> and <see cref="NomadQueryOptions.WaitTime"/> on a copy; the instance is not changed.
    /// </summary>
    public NomadQueryOptions? Query { get; set; }

    /// <summary>
    /// Called after each transient failure (5xx, no leader, transport error, timeout) with the error and the delay before
    /// the next attempt; for logging. The watch goes on after it returns.
    /// </summary>
    public Action<Exception, TimeSpan>? OnTransientError { get; set; }

    /// <summary>The clock for <see cref="MinimumInterval"/> and backoff delays; tests pass a fake one. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>A copy whose changes do not affect this instance.</summary>
    internal NomadWatchOptions Clone() => (NomadWatchOptions)MemberwiseClone();

    /// <summary>Checks the options; called when a watch starts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A duration is out of range; the message names the property.</exception>
    /// <exception cref="ArgumentException"><see cref="TimeProvider"/> is null.</exception>
    internal void Validate()
    {
        if (WaitTime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(WaitTime), WaitTime, "NomadWatchOptions.WaitTime must be positive; Nomad clamps it to 5 minutes.");
        }

        if (MinimumInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumInterval), MinimumInterval, "NomadWatchOptions.MinimumInterval must not be negative.");
        }

        if (ErrorBackoffInitial <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ErrorBackoffInitial), ErrorBackoffInitial, "NomadWatchOptions.ErrorBackoffInitial must be positive.");
        }

        if (ErrorBackoffMax < ErrorBackoffInitial)
        {
            throw new ArgumentOutOfRangeException(nameof(ErrorBackoffMax), ErrorBackoffMax, "NomadWatchOptions.ErrorBackoffMax must not be below ErrorBackoffInitial.");
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("NomadWatchOptions.TimeProvider must not be null.", nameof(TimeProvider));
        }
    }
}
