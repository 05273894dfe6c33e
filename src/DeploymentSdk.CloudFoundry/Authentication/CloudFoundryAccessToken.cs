namespace DeploymentSdk.CloudFoundry;

/// <summary>A bearer token for the Cloud Foundry API and, when known, when it expires.</summary>
/// <remarks><see cref="ToString"/> never shows the token.</remarks>
public sealed class CloudFoundryAccessToken
{
    private const string BearerPrefix = "bearer ";

    /// <summary>Creates a token.</summary>
    /// <param name="value">The token; a leading <c>bearer </c> (as <c>cf oauth-token</c> prints it) is removed.</param>
    /// <param name="expiresOn">When the token expires, if known; the client then asks for a new one shortly before.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public CloudFoundryAccessToken(string value, DateTimeOffset? expiresOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        value = value.TrimStart();
        if (value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[BearerPrefix.Length..];
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
        }

        value = value.Trim();

        Value = value;
        ExpiresOn = expiresOn;
    }

    /// <summary>The token, without the <c>bearer </c> scheme.</summary>
    public string Value { get; }

    /// <summary>When the token expires, if known.</summary>
    public DateTimeOffset? ExpiresOn { get; }

    /// <summary>Describes the token without revealing it.</summary>
    /// <returns>A text such as <c>CloudFoundryAccessToken (expires 2025-01-01T00:00:00.0000000+00:00)</c>.</returns>
    public override string ToString() =>
        ExpiresOn is { } expires ? $"CloudFoundryAccessToken (expires {expires:O})" : "CloudFoundryAccessToken";
}
