using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// Nomad's durations (Go <c>time.Duration</c>): integer nanoseconds on the wire, sometimes as a JSON string
/// (for example <c>RescheduleTracker.Events[].Delay</c>). Written back as an integer.
/// </summary>
/// <remarks>
/// <see cref="TimeSpan"/> holds 100 ns ticks; Nomad durations are whole milliseconds or coarser in practice. Converts
/// <see cref="Nullable{TimeSpan}"/> itself (every model duration is nullable), so System.Text.Json does not wrap it in
/// its nullable converter, one more call per value.
/// </remarks>
internal sealed class NanosecondDurationConverter : JsonConverter<TimeSpan?>
{
    private const long NanosecondsPerTick = 100;

    public override TimeSpan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        long nanoseconds;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt64(out nanoseconds))
            {
                throw new JsonException("A duration must be a whole number of nanoseconds.");
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.ValueSpan;
            if (reader.HasValueSequence || reader.ValueIsEscaped || !Utf8Parser.TryParse(text, out nanoseconds, out var consumed) || consumed != text.Length)
            {
                throw new JsonException($"'{reader.GetString()}' is not a duration in nanoseconds.");
            }
        }
        else
        {
            throw new JsonException($"Expected a duration in nanoseconds, found {reader.TokenType}.");
        }

        return TimeSpan.FromTicks(nanoseconds / NanosecondsPerTick);
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan? value, JsonSerializerOptions options)
    {
        if (value is { } duration)
        {
            writer.WriteNumberValue(duration.Ticks * NanosecondsPerTick);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
