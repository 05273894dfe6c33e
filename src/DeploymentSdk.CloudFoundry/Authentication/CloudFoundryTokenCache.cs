namespace DeploymentSdk.CloudFoundry.Authentication;

/// <summary>
/// Holds the current token of one client registration and fetches new ones from the token source, one fetch at a
/// time for all requests (single flight). A singleton, so the token outlives IHttpClientFactory's handler rotation.
/// </summary>
internal sealed class CloudFoundryTokenCache
{
    /// <summary>A token with a known expiry is replaced this long before it expires (or at half its life, if shorter).</summary>
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(1);

    private readonly ICloudFoundryTokenSource _source;
    private readonly TimeSpan _fetchTimeout;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private CloudFoundryAccessToken? _current;
    private DateTimeOffset? _renewAt;
    private Task<CloudFoundryAccessToken>? _pending;

    /// <param name="source">Where tokens come from.</param>
    /// <param name="fetchTimeout">How long one fetch may take, so a hung source cannot stall every later request.</param>
    /// <param name="time">The clock used for expiry.</param>
    public CloudFoundryTokenCache(ICloudFoundryTokenSource source, TimeSpan fetchTimeout, TimeProvider time)
    {
        _source = source;
        _fetchTimeout = fetchTimeout;
        _time = time;
        CanRenew = source is not StaticTokenSource;
    }

    /// <summary>False for a static token: after a rejection there is nothing else to try.</summary>
    public bool CanRenew { get; }

    /// <summary>The current token, fetching one when there is none or it is about to expire.</summary>
    public async ValueTask<CloudFoundryAccessToken> GetAsync(CancellationToken cancellationToken)
    {
        Task<CloudFoundryAccessToken> fetch;
        lock (_gate)
        {
            if (_current is { } token && !IsDue())
            {
                return token;
            }

            fetch = _pending ??= FetchAsync();
        }

        return await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A token to use instead of <paramref name="rejected"/>: the current one if another request already replaced it,
    /// otherwise a new one from the source (shared by every request that waits). Null when the source answered with
    /// the rejected token again.
    /// </summary>
    public async ValueTask<CloudFoundryAccessToken?> RenewAsync(CloudFoundryAccessToken rejected, CancellationToken cancellationToken)
    {
        Task<CloudFoundryAccessToken> fetch;
        lock (_gate)
        {
            if (_current is { } token && !ReferenceEquals(token, rejected) && !IsDue())
            {
                return token;
            }

            fetch = _pending ??= FetchAsync();
        }

        var fresh = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return string.Equals(fresh.Value, rejected.Value, StringComparison.Ordinal) ? null : fresh;
    }

    private bool IsDue() => _renewAt is { } due && _time.GetUtcNow() >= due;

    private async Task<CloudFoundryAccessToken> FetchAsync()
    {
        // Called under the lock: leave it before running the source's code.
        await Task.Yield();
        try
        {
            using var timeout = new CancellationTokenSource(_fetchTimeout, _time);
            var token = await _source.GetTokenAsync(timeout.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The Cloud Foundry token source returned no token.");
            var now = _time.GetUtcNow();
            lock (_gate)
            {
                _current = token;
                _renewAt = token.ExpiresOn is { } expires
                    ? expires - TimeSpan.FromTicks(Math.Min(RenewalMargin.Ticks, Math.Max(0, (expires - now).Ticks / 2)))
                    : null;
                _pending = null;
            }

            return token;
        }
        catch
        {
            lock (_gate)
            {
                _pending = null;
            }

            throw;
        }
    }
}
