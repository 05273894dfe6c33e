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
    /// <paramref name="value"/> is empty, white space, a dot segment (<c>.</c> or <c>..</c>) that URL normalization would
    /// remove, or not valid UTF-16 (a lone surrogate, which escaping would silently turn into U+FFFD: another identifier).
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

        if (!IsValidUtf16(value))
        {
            throw new ArgumentException("The value contains a lone surrogate (it is not valid UTF-16 text); it would be sent as U+FFFD, naming another object.", paramName);
        }

        return Uri.EscapeDataString(value);
    }

    /// <summary>Whether every surrogate in <paramref name="text"/> is part of a pair, so it has an exact UTF-8 form.</summary>
    internal static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
