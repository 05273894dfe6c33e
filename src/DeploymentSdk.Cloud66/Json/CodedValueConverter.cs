using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Cloud66.Json;

/// <summary>
/// Reads a code/meaning pair whose code is a number in some answers and a string in others, and writes it back in
/// the form it came in. A bare string or number (no object) reads as a code without meaning.
/// </summary>
internal sealed class CodedValueConverter<T> : JsonConverter<T>
    where T : struct, ICodedValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.Number:
                {
                    var (code, number) = ReadCode(ref reader);
                    return T.FromWire(code, number, null);
                }

            case JsonTokenType.StartObject:
                break;

            default:
                throw new JsonException($"Expected a code/meaning object for {typeof(T).Name}, found {reader.TokenType}.");
        }

        string? codeText = null;
        long? numericCode = null;
        string? meaning = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            if (property == "code" && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
            {
                (codeText, numericCode) = ReadCode(ref reader);
            }
            else if (property == "meaning" && reader.TokenType == JsonTokenType.String)
            {
                meaning = reader.GetString();
            }
            else
            {
                // A null code or meaning, or a field this SDK does not know: nothing to keep in a value type.
                reader.Skip();
            }
        }

        return T.FromWire(codeText ?? string.Empty, numericCode, meaning);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.NumericCode is { } number)
        {
            writer.WriteNumber("code", number);
        }
        else
        {
            writer.WriteString("code", value.Code);
        }

        if (value.Meaning is not null)
        {
            writer.WriteString("meaning", value.Meaning);
        }

        writer.WriteEndObject();
    }

    private static (string Code, long? Number) ReadCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return (reader.GetString()!, null);
        }

        // A number that is not an integer is kept as text; only integers count as numeric codes.
        return reader.TryGetInt64(out var number)
            ? (number.ToString(CultureInfo.InvariantCulture), number)
            : (System.Text.Encoding.UTF8.GetString(reader.ValueSpan), null);
    }
}
