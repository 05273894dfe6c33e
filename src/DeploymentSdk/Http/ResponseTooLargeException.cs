namespace DeploymentSdk.Http;

/// <summary>Thrown inside the pipeline when a body passes the configured size cap; surfaced as an <see cref="ApiException"/>.</summary>
internal sealed class ResponseTooLargeException(long maxBytes)
    : IOException($"The response body is larger than the {maxBytes:N0}-byte limit (MaxResponseBytes).")
{
    public long MaxBytes { get; } = maxBytes;
}
