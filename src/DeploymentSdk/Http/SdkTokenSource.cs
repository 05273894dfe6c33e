namespace DeploymentSdk.Http;

/// <summary>
/// The credential of one client registration: a token read from the current options (so a token changed in
/// configuration is sent on the next request), returned by a delegate before each request, or issued by the platform's
/// token endpoint (<see cref="PlatformTokenCache"/>, which takes precedence), and a single-flight refresh when the server
/// says the token expired.
/// </summary>
/// <remarks>
/// Every token handed out is remembered by the registration's <see cref="SecretRedactor"/>, so an echo of it (or of an
/// earlier one) never reaches a message.
/// </remarks>
internal sealed class SdkTokenSource
{
    private readonly Func<string?> _currentToken;
    private readonly Func<Func<CancellationToken, ValueTask<string?>>?> _currentProvider;
    private readonly SecretRedactor _redactor;
    private readonly PlatformTokenCache? _platform;
    private readonly object _gate = new();
    private Task<string?>? _refresh;
    private string? _refreshing;

    /// <param name="currentToken">The static token of the current options (re-read each request).</param>
    /// <param name="currentProvider">The token delegate of the current options, or null.</param>
    /// <param name="redactor">Learns each token handed out.</param>
    /// <param name="platform">The platform's token endpoint (Cloud Foundry's UAA), or null; when set, the options' token and delegate are not used.</param>
    public SdkTokenSource(
        Func<string?> currentToken,
        Func<Func<CancellationToken, ValueTask<string?>>?> currentProvider,
        SecretRedactor redactor,
        PlatformTokenCache? platform = null)
    {
        _platform = platform;
        _currentToken = currentToken;
        _currentProvider = currentProvider;
        _redactor = redactor;
    }

    /// <summary>Raised after a refresh produced a new token (for the "token refreshed" log event).</summary>
    public event Action? Refreshed;

    /// <summary>The token to send now; null sends none.</summary>
    public async ValueTask<string?> GetAsync(CancellationToken cancellationToken)
    {
        var token = _platform is not null
            ? await _platform.GetAsync(cancellationToken).ConfigureAwait(false)
            : _currentProvider() is { } provider
                ? await provider(cancellationToken).ConfigureAwait(false)
                : _currentToken();
        token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
        _redactor.Add(token);
        return token;
    }

    /// <summary>
    /// A token to use instead of <paramref name="rejected"/>, asked for once however many requests were rejected with it
    /// at the same time (they all wait for the one answer). Null when the source has nothing newer: the rejection stands.
    /// </summary>
    public async ValueTask<string?> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        Task<string?> refresh;
        lock (_gate)
        {
            if (_refresh is null || !string.Equals(_refreshing, rejected, StringComparison.Ordinal) || _refresh.IsCompleted && !_refresh.IsCompletedSuccessfully)
            {
                _refreshing = rejected;
                _refresh = FetchAsync(rejected);
            }

            refresh = _refresh;
        }

        return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> FetchAsync(string rejected)
    {
        // Leave the lock before running the user's code.
        await Task.Yield();

        // The shared fetch outlives any one caller's cancellation; each caller stops waiting on its own token.
        var fresh = _platform is not null
            ? await _platform.RenewAsync(rejected, CancellationToken.None).ConfigureAwait(false)
            : await GetAsync(CancellationToken.None).ConfigureAwait(false);
        _redactor.Add(fresh);
        if (fresh is null || string.Equals(fresh, rejected, StringComparison.Ordinal))
        {
            return null;
        }

        Refreshed?.Invoke();
        return fresh;
    }
}
