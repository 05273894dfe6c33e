using DeploymentSdk.Http;

namespace DeploymentSdk.Nomad;

/// <summary>Checks of the IDs and ID prefixes callers pass, made before a request is sent.</summary>
internal static class NomadIds
{
    /// <summary>
    /// Checks that <paramref name="value"/> is a full UUID (Nomad looks deployments, allocations and evaluations up by
    /// their whole ID, so a short ID would only come back as a 404) and returns it escaped as a path segment.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a UUID.</exception>
    public static string PathUuid(string value, string paramName)
    {
        RequireUuid(value, paramName);
        return PathSegment.Escape(value, paramName);
    }

    /// <summary>Checks that <paramref name="value"/> is a full UUID (<c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>).</summary>
    public static void RequireUuid(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length != 36 || !Guid.TryParseExact(value, "D", out _))
        {
            throw new ArgumentException(
                $"'{value}' is not a full ID: Nomad needs the whole UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), not a short prefix.",
                paramName);
        }
    }

    /// <summary>
    /// Checks a UUID prefix in <see cref="NomadQueryOptions.Prefix"/>: Nomad decodes it to bytes, so it must be an even
    /// number of hexadecimal digits (hyphens are skipped); anything else fails on the server.
    /// </summary>
    /// <exception cref="ArgumentException">The prefix is not an even number of hex digits.</exception>
    public static void RequireHexPrefix(NomadQueryOptions? query, string paramName)
    {
        var prefix = query?.Prefix;
        if (string.IsNullOrEmpty(prefix))
        {
            return;
        }

        var digits = 0;
        foreach (var c in prefix)
        {
            if (c == '-')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(c))
            {
                throw new ArgumentException($"Prefix '{prefix}' must contain only hexadecimal digits (0-9, a-f) and hyphens.", paramName);
            }

            digits++;
        }

        if (digits % 2 != 0)
        {
            throw new ArgumentException(
                $"Prefix '{prefix}' has {digits} hexadecimal digits; Nomad needs an even number (drop or add one digit).",
                paramName);
        }
    }
}
