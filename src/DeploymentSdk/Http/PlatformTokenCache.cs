namespace DeploymentSdk.Http;

/// <summary>
/// Holds the token a platform's token endpoint issued (Cloud Foundry's UAA) for one client registration, and asks for a
/// new one only when there is none, when it is about to expire, or when the API rejected it — one fetch at a time for
/// every request (single flight), paced by <see cref="FetchInterval"/>.
/// </summary>
/// <remarks>
/// <para>A token with no known lifetime (the endpoint sent no <c>expires_in</c>, or zero or a negative value) is used
/// until the API rejects it.</para>
/// <para>The pacing holds whatever the endpoint answers: within <see cref="FetchInterval"/> of the last fetch, a request
/// that needs a new token gets the current one (and the API's rejection stands) or the last fetch's failure again.</para>
/// <para>A singleton per registration, so the token outlives <c>IHttpClientFactory</c>'s handler rotation.</para>
/// </remarks>
internal sealed class PlatformTokenCache
{
    /// <summary>A token with a known expiry is replaced this long before it expires (or at half its life, if shorter).</summary>
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(1);

    /// <summary>The least time between two fetches from the token endpoint, whatever it answered.</summary>
    public static readonly TimeSpan FetchInterval = TimeSpan.FromSeconds(5);

    private readonly Func<CancellationToken, ValueTask<PlatformToken>> _fetch;
    private readonly TimeSpan _fetchTimeout;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private PlatformToken? _current;
    private DateTimeOffset? _renewAt;
    private DateTimeOffset? _lastFetch;
    private DateTimeOffset? _lastRejectionFetch;
    private Task<PlatformToken>? _pending;
    private Exception? _lastFailure;

    /// <param name="fetch">Asks the platform for a token.</param>
    /// <param name="fetchTimeout">How long one fetch may take, so a hung endpoint cannot stall every later request.</param>
    /// <param name="time">The clock for expiry and pacing.</param>
    public PlatformTokenCache(Func<CancellationToken, ValueTask<PlatformToken>> fetch, TimeSpan fetchTimeout, TimeProvider time)
    {
        _fetch = fetch;
        _fetchTimeout = fetchTimeout;
        _time = time;
    }

    /// <summary>The current token, fetching one when there is none or it is about to expire.</summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<PlatformToken> fetch;
        lock (_gate)
        {
            if (_current is { } token && !IsDue())
            {
                return token.Value;
            }

            fetch = NextFetch(onRejection: false);
        }

        return (await fetch.WaitAsync(cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>
    /// A token to use instead of <paramref name="rejected"/>: the current one if another request already replaced it,
    /// otherwise a new one from the endpoint (shared by every request that waits). Null when there is nothing newer:
    /// the endpoint answered with the rejected token again, or it was asked too recently.
    /// </summary>
    public async ValueTask<string?> RenewAsync(string rejected, CancellationToken cancellationToken)
    {
        Task<PlatformToken> fetch;
        lock (_gate)
        {
            if (_current is { } token && !string.Equals(token.Value, rejected, StringComparison.Ordinal))
            {
                return token.Value;
            }

            // A rejected token is due now.
            _renewAt = DateTimeOffset.MinValue;
            fetch = NextFetch(onRejection: true);
        }

        var fresh = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return string.Equals(fresh.Value, rejected, StringComparison.Ordinal) ? null : fresh.Value;
    }

    private bool IsDue() => _renewAt is { } due && _time.GetUtcNow() >= due;

    /// <summary>The fetch under way, a new one, or — within the pacing interval — the last outcome again. Under the lock.</summary>
    private Task<PlatformToken> NextFetch(bool onRejection)
    {
        if (_pending is { } pending)
        {
            return pending;
        }

        var now = _time.GetUtcNow();
        if (onRejection && !(_lastRejectionFetch is { } lastRejection && now - lastRejection < FetchInterval))
        {
            _lastRejectionFetch = now;
        }
        else if (_lastFetch is { } last && now - last < FetchInterval)
        {
            if (_lastFailure is { } failure)
            {
                // Made on demand and awaited at once, so no faulted task is left unobserved.
                return Task.FromException<PlatformToken>(failure);
            }

            if (_current is { } current)
            {
                return Task.FromResult(current);
            }
        }

        _lastFetch = now;
        return _pending = FetchAsync();
    }

    private async Task<PlatformToken> FetchAsync()
    {
        // Called under the lock: leave it before running the platform's code.
        await Task.Yield();
        try
        {
            using var timeout = new CancellationTokenSource(_fetchTimeout, _time);
            var token = await _fetch(timeout.Token).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            lock (_gate)
            {
                _current = token;
                _renewAt = token.ExpiresOn is { } expires
                    ? expires - TimeSpan.FromTicks(Math.Min(RenewalMargin.Ticks, Math.Max(0, (expires - now).Ticks / 2)))
                    : null;
                _lastFailure = null;
                _pending = null;
            }

            return token;
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _lastFailure = e;
                _pending = null;
            }

            throw;
        }
    }
}

/// <summary>A token issued by a platform's token endpoint.</summary>
/// <param name="Value">The token.</param>
/// <param name="ExpiresOn">When it expires; null when the endpoint did not say (it is then used until the API rejects it).</param>
internal sealed record PlatformToken(string Value, DateTimeOffset? ExpiresOn)
{
    /// <summary>Never shows the token.</summary>
    public override string ToString() => nameof(PlatformToken);
}
