using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Json;

/// <summary>
/// Reads a string property whose values repeat across the items of a list (a namespace, a job or node ID, a task
/// group, a task event's message) through a bounded UTF-8 cache, so each distinct value is allocated once per process
/// rather than once per item. Writes the string as it is.
/// </summary>
/// <remarks>Put it only on properties with few distinct values: a unique value per item only churns the cache.</remarks>
internal sealed class RepeatedStringConverter : JsonConverter<string>
{
    private static readonly Utf8ValueCache<string> s_values = new();

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Utf8Strings.Read(ref reader, s_values, static text => text)
            : throw new JsonException($"Expected a string, found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
