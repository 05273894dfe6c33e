namespace DeploymentSdk.Http;

/// <summary>Turns caller-supplied identifiers into URL path segments that cannot leave the intended path.</summary>
internal static class PathSegment
{
    /// <summary>
    /// Validates <paramref name="value"/> and percent-escapes it as one path segment, so <c>/</c>, <c>?</c>, <c>#</c>,
    /// <c>%</c>, spaces and control characters stay inside the segment.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> is empty, white space, or a dot segment (<c>.</c> or <c>..</c>) that URL normalization would remove.
    /// </exception>
    public static string Escape(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException($"'{value}' is not a valid identifier: it would change the request path.", paramName);
        }

        return Uri.EscapeDataString(value);
    }
}
