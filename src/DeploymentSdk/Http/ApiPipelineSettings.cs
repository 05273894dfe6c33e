namespace DeploymentSdk.Http;

/// <summary>What a provider tells the shared pipeline about itself.</summary>
/// <param name="ProviderName">The platform's name for messages, e.g. "Nomad".</param>
/// <param name="BaseAddress">The API root; relative request paths resolve against it. Must end with '/'.</param>
/// <param name="DefaultTimeout">The whole-exchange timeout of a request that sets none.</param>
/// <param name="MaxResponseBytes">The largest response body the pipeline reads.</param>
internal sealed record ApiPipelineSettings(string ProviderName, Uri BaseAddress, TimeSpan DefaultTimeout, long MaxResponseBytes)
{
    /// <summary>How much of an error body is read to build the exception.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>
    /// Tells the retry handler that an answer it would otherwise repeat (a 5xx, 408 or 429 to a request that is safe to
    /// repeat) is final, because asking again cannot succeed or spends a quota: Nomad's check-and-set 500, Cloud66's
    /// hourly "throttled" 503. Given the status and the start of the body (at most <see cref="MaxErrorBodyBytes"/>, null
    /// when empty). Null: every such answer is retried.
    /// </summary>
    public Func<int, string?, bool>? IsFinalAnswer { get; init; }

    /// <summary>
    /// Removes the registration's credentials from error bodies, reason phrases and messages before the provider sees
    /// them. Default: a redactor that knows no secret but removes credential-looking values and address user info.
    /// </summary>
    public SecretRedactor Redactor { get; init; } = SecretRedactor.Patterns;

    /// <summary>
    /// Builds the provider's exception for a failure without an error answer (transport, timeout, TLS, a body that did
    /// not parse), so every failure of a provider's call has the provider's type. Null: the core's <see cref="ApiException"/>.
    /// </summary>
    public Func<ApiFailure, ApiException>? CreateFailure { get; init; }

    /// <summary>The provider's span and metrics; null records none.</summary>
    public Diagnostics.ApiTelemetry? Telemetry { get; init; }
}
