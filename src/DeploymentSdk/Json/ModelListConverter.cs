using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DeploymentSdk.Json;

/// <summary>
/// Reads a list of <typeparamref name="T"/> with <typeparamref name="TReader"/>'s field table (<see cref="ModelReader{T}"/>);
/// writes it through the model's metadata unchanged. Put on a list property: <c>[JsonConverter(typeof(ModelListConverter&lt;TaskEventReader, TaskEvent&gt;))]</c>.
/// </summary>
internal sealed class ModelListConverter<TReader, T> : JsonConverter<IList<T>>
    where TReader : ModelReader<T>, new()
    where T : ApiModel, new()
{
    private static readonly TReader Reader = new();

    public override bool HandleNull => false;

    public override IList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Reader.ReadList(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IList<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}
