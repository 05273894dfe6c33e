using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Json;

/// <summary>Reads and writes an <see cref="IExtensibleEnum{TSelf}"/> as its JSON string, keeping unknown values.</summary>
/// <remarks>
/// Values are matched on the reader's UTF-8 bytes against the ones read before (<see cref="Utf8ValueCache{T}"/>), so
/// the few status words a long list repeats are not allocated as strings again; unknown values still read and round-trip.
/// </remarks>
internal sealed class ExtensibleEnumConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    private static readonly Utf8ValueCache<T> s_values = new();

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return Utf8Strings.Read(ref reader, s_values, static text => T.FromValue(text));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
