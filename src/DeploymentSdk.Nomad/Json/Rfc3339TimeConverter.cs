using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// Nomad's RFC 3339 times: 0–9 fractional digits and the server's local offset, kept as given. Go's zero time
/// (<c>0001-01-01T00:00:00Z</c>, sent by older servers for "not set") reads as <see langword="null"/>.
/// </summary>
/// <remarks>Fractions beyond 100 ns (the 8th and 9th digit) are dropped: <see cref="DateTimeOffset"/> cannot hold them.</remarks>
internal sealed class Rfc3339TimeConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an RFC 3339 time string, found {reader.TokenType}.");
        }

        // Fast path: the usual unescaped "yyyy-MM-ddTHH:mm:ss[.fffffffff](Z|±hh:mm)" read straight from the UTF-8 bytes,
        // without allocating its text (a list of allocations carries several times per task). System.Text.Json's ISO 8601
        // reader keeps the offset and drops fraction digits past the seventh, as Parse does; anything it rejects takes
        // the string path below, so what is accepted and how it reads are unchanged.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var utf8 = reader.ValueSpan;
            if (utf8.StartsWith("0001-01-01T00:00:00"u8))
            {
                return null;
            }

            if (utf8.Length >= 20 && utf8[10] == (byte)'T' && reader.TryGetDateTimeOffset(out var fast))
            {
                return fast;
            }
        }

        var text = reader.GetString()!;
        if (text.Length == 0 || text.StartsWith("0001-01-01T00:00:00", StringComparison.Ordinal))
        {
            return null;
        }

        return Parse(text) ?? throw new JsonException($"'{text}' is not an RFC 3339 time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            // Raw, so the offset's '+' is not escaped as \u002B: the text holds only digits and "T-:.+Z".
            writer.WriteRawValue($"\"{time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture)}\"", skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    internal static DateTimeOffset? Parse(string text)
    {
        // Trim a fraction longer than 7 digits (Go prints up to 9) so DateTimeOffset can parse it.
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                text = string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
            }
        }

        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }
}
