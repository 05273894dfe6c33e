using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeploymentSdk.Samples.Demo;

/// <summary>The wire formats of Nomad's times and IDs.</summary>
internal static class NomadFormat
{
    /// <summary>Unix time in nanoseconds, as Nomad writes <c>CreateTime</c>, <c>SubmitTime</c> and task event times.</summary>
    public static long UnixNanos(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks * 100;

    /// <summary>RFC 3339 with nanoseconds, as Nomad writes <c>StartedAt</c> and health timestamps.</summary>
    public static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'00Z'", CultureInfo.InvariantCulture);

    /// <summary>Go's zero time, which Nomad writes for "never".</summary>
    public const string ZeroTime = "0001-01-01T00:00:00Z";

    /// <summary>A UUID derived from a name, so the same run of the demo always has the same IDs.</summary>
    public static string Uuid(string name)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary>Parses a Go duration (<c>300000ms</c>, <c>5m</c>, <c>10s</c>, <c>1h30m</c>).</summary>
    public static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var total = TimeSpan.Zero;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            var unitStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (start == unitStart || !double.TryParse(text.AsSpan(start, unitStart - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                throw new FormatException($"'{text}' is not a duration.");
            }

            total += text[unitStart..i] switch
            {
                "ns" => TimeSpan.FromTicks((long)(number / 100)),
                "us" or "µs" => TimeSpan.FromTicks((long)(number * 10)),
                "ms" => TimeSpan.FromMilliseconds(number),
                "s" or "" => TimeSpan.FromSeconds(number),
                "m" => TimeSpan.FromMinutes(number),
                "h" => TimeSpan.FromHours(number),
                var unit => throw new FormatException($"'{unit}' is not a duration unit."),
            };
        }

        return total;
    }
}
