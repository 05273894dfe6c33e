using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Cloud66.Json;

/// <summary>
/// Reads an identifier that Cloud66 sends as a string in some answers and as a number in others (an async action's
/// <c>resource_id</c>) as its text.
/// </summary>
internal sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw new JsonException($"Expected a string or a number, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
