using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DeploymentSdk.Json;

/// <summary>
/// Reads one <typeparamref name="T"/> with <typeparamref name="TReader"/>'s field table (<see cref="ModelReader{T}"/>);
/// writes it through the model's metadata unchanged. Put on a property, not on the model type (writing uses the type's metadata).
/// </summary>
internal sealed class ModelConverter<TReader, T> : JsonConverter<T>
    where TReader : ModelReader<T>, new()
    where T : ApiModel, new()
{
    private static readonly TReader Reader = new();

    public override bool HandleNull => false;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Reader.Read(ref reader, options);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
