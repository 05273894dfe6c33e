using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Json;

/// <summary>
/// Reads a string-to-string map whose keys and values repeat across a list (a task event's <c>Details</c>: the same
/// dozen keys and a few values on every event) through the same bounded cache as <see cref="RepeatedStringConverter"/>.
/// </summary>
internal sealed class RepeatedStringDictionaryConverter : JsonConverter<IDictionary<string, string>>
{
    private static readonly Utf8ValueCache<string> s_values = new();

    public override IDictionary<string, string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of strings, found {reader.TokenType}.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Utf8Strings.Read(ref reader, s_values, static text => text);
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected a string value for '{key}', found {reader.TokenType}.");
            }

            map[key] = Utf8Strings.Read(ref reader, s_values, static text => text);
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WriteString(key, item);
        }

        writer.WriteEndObject();
    }
}
