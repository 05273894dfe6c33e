using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// Nomad's unix-nanosecond timestamps (<c>CreateTime</c>, <c>ModifyTime</c>, <c>TaskEvent.Time</c>, …) as UTC
/// <see cref="DateTimeOffset"/>; 0 reads as <see langword="null"/>. Apply with <c>[JsonConverter]</c> on read-only models:
/// the last two digits (below 100 ns) are dropped, so fields sent back to the server stay <see cref="long"/>.
/// </summary>
internal sealed class UnixNanosecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var nanoseconds))
        {
            throw new JsonException($"Expected a unix time in nanoseconds, found {reader.TokenType}.");
        }

        return nanoseconds == 0 ? null : DateTimeOffset.UnixEpoch.AddTicks(nanoseconds / 100);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue((time - DateTimeOffset.UnixEpoch).Ticks * 100);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
