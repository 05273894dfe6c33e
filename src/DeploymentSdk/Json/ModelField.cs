using System.Text;
using System.Text.Json;

namespace DeploymentSdk.Json;

/// <summary>Reads one JSON value; the reader is on the value's first token.</summary>
internal delegate TValue ReadJsonValue<TValue>(ref Utf8JsonReader reader, JsonSerializerOptions options);

/// <summary>One field of a <see cref="ModelReader{T}"/>: its wire name and how its value is read and set.</summary>
internal abstract class ModelField<T>
{
    protected ModelField(string name) => Name = Encoding.UTF8.GetBytes(name);

    /// <summary>The wire name as UTF-8.</summary>
    public byte[] Name { get; }

    /// <summary>Reads the value the reader is on and sets it on <paramref name="item"/>.</summary>
    public abstract void Read(ref Utf8JsonReader reader, T item, JsonSerializerOptions options);
}

/// <summary>A field whose value is read by <paramref name="read"/> and stored by <paramref name="set"/>.</summary>
internal sealed class ModelField<T, TValue>(string name, ReadJsonValue<TValue> read, Action<T, TValue> set) : ModelField<T>(name)
{
    public override void Read(ref Utf8JsonReader reader, T item, JsonSerializerOptions options) => set(item, read(ref reader, options));
}
