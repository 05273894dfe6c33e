using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// Nomad's unix-second timestamps (for example <c>AllocCheckStatus.Timestamp</c>) as UTC <see cref="DateTimeOffset"/>;
/// 0 reads as <see langword="null"/>. Apply with <c>[JsonConverter]</c>; round-trips exactly.
/// </summary>
internal sealed class UnixSecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var seconds))
        {
            throw new JsonException($"Expected a unix time in seconds, found {reader.TokenType}.");
        }

        return seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
