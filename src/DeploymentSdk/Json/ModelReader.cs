using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DeploymentSdk.Json;

/// <summary>
/// Reads a model from a declared table of fields instead of System.Text.Json's per-property metadata path, for the few
/// models an answer repeats most (a task's events, a service's checks); see <see cref="ModelListConverter{TReader, T}"/>.
/// </summary>
/// <remarks>
/// The generic path's per-property frames cost more than the values of these small, many-field objects: matching each
/// field name against the expected next one (servers write fields in a fixed order) and reading the value with the
/// rule the model declares is measurably faster (benchmarks/README.md). What is read is what the metadata reads: the
/// same converters, <see langword="null"/> for a JSON null, unknown fields in <see cref="ApiModel.AdditionalProperties"/>,
/// a <see cref="JsonException"/> for a value of the wrong type. The provider's <c>ModelReaderTests</c> checks that each
/// reader declares every property of its model and reads as the metadata does.
/// </remarks>
/// <typeparam name="T">The model.</typeparam>
internal abstract class ModelReader<T>
    where T : ApiModel, new()
{
    private readonly ModelField<T>[] _fields;

    protected ModelReader(params ModelField<T>[] fields) => _fields = fields;

    /// <summary>The wire names this reader knows, in declaration order.</summary>
    internal IEnumerable<string> FieldNames => _fields.Select(f => Encoding.UTF8.GetString(f.Name));

    // Value readers for the field tables: each reads JSON null as null and throws JsonException for another type.
    protected static ReadJsonValue<string?> Text { get; } = ReadText;

    protected static ReadJsonValue<bool?> Boolean { get; } = ReadBoolean;

    protected static ReadJsonValue<int?> Int32 { get; } = ReadInt32;

    protected static ReadJsonValue<long?> Int64 { get; } = ReadInt64;

    /// <summary>A list of strings.</summary>
    protected static ReadJsonValue<IList<string>?> TextList { get; } = ReadTextList;

    /// <summary>A map of string lists (an HTTP header set).</summary>
    protected static ReadJsonValue<IDictionary<string, IList<string>>?> TextListMap { get; } = ReadTextListMap;

    /// <summary>A string whose values repeat across items, read through the shared cache of <see cref="RepeatedStringConverter"/>.</summary>
    protected static ReadJsonValue<string?> RepeatedText { get; } = Using(new RepeatedStringConverter());

    /// <summary>Reads the model whose <see cref="JsonTokenType.StartObject"/> the reader is on.</summary>
    public T Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a {typeof(T).Name} object, found {reader.TokenType}.");
        }

        var item = new T();
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Match(ref reader, ref next, out var name);
            reader.Read();
            if (field is not null)
            {
                field.Read(ref reader, item, options);
            }
            else
            {
                (item.AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name!] = JsonElement.ParseValue(ref reader);
            }
        }

        return item;
    }

    /// <summary>Reads the list of models (null items kept) whose <see cref="JsonTokenType.StartArray"/> the reader is on.</summary>
    public IList<T> ReadList(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(T).Name}, found {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.Null ? null! : Read(ref reader, options));
        }

        return items;
    }

    /// <summary>Declares a field.</summary>
    protected static ModelField<T> Field<TValue>(string name, ReadJsonValue<TValue> read, Action<T, TValue> set) =>
        new ModelField<T, TValue>(name, read, set);

    /// <summary>A nested model read by its own table; a JSON null is <see langword="null"/>.</summary>
    protected static ReadJsonValue<TValue?> Using<TValue>(ModelReader<TValue> nested)
        where TValue : ApiModel, new() =>
        (ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : nested.Read(ref reader, options);

    /// <summary>A list of nested models read by their own table; a JSON null is <see langword="null"/>.</summary>
    protected static ReadJsonValue<IList<TValue>?> ListOf<TValue>(ModelReader<TValue> nested)
        where TValue : ApiModel, new() =>
        (ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType == JsonTokenType.Null ? null : nested.ReadList(ref reader, options);

    /// <summary>A value read by <paramref name="converter"/>; a JSON null is <see langword="null"/> without calling it.</summary>
    protected static ReadJsonValue<TValue?> Using<TValue>(JsonConverter<TValue> converter) =>
        (ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? default : converter.Read(ref reader, typeof(TValue), options);

    /// <summary>A struct read by <paramref name="converter"/> into a nullable field; a JSON null is <see langword="null"/>.</summary>
    protected static ReadJsonValue<TValue?> UsingOrNull<TValue>(JsonConverter<TValue> converter)
        where TValue : struct =>
        (ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(TValue), options);

    /// <summary>A value read by its own source-generated metadata (a rarely present or rarely large nested value).</summary>
    protected static ReadJsonValue<TValue?> Using<TValue>(JsonTypeInfo<TValue> typeInfo) =>
        (ref Utf8JsonReader reader, JsonSerializerOptions _) => JsonSerializer.Deserialize(ref reader, typeInfo);

    // The field named by the current property, trying the expected next one first; null (with the name) when unknown.
    private ModelField<T>? Match(ref Utf8JsonReader reader, ref int next, out string? name)
    {
        name = null;
        ReadOnlySpan<byte> utf8;
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            name = reader.GetString()!;
            utf8 = Encoding.UTF8.GetBytes(name);
        }
        else
        {
            utf8 = reader.ValueSpan;
        }

        var fields = _fields;
        if ((uint)next < (uint)fields.Length && utf8.SequenceEqual(fields[next].Name))
        {
            return fields[next++];
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (utf8.SequenceEqual(fields[i].Name))
            {
                next = i + 1;
                return fields[i];
            }
        }

        name ??= reader.GetString();
        return null;
    }

    private static string? ReadText(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "a string"),
    };

    private static bool? ReadBoolean(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "true or false"),
    };

    private static int? ReadInt32(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "a 32-bit integer"),
    };

    private static long? ReadInt64(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt64(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "a 64-bit integer"),
    };

    private static IList<string>? ReadTextList(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Mismatch(ref reader, "an array of strings");
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadText(ref reader, options)!);
        }

        return list;
    }

    private static IDictionary<string, IList<string>>? ReadTextListMap(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Mismatch(ref reader, "an object of string arrays");
        }

        var map = new Dictionary<string, IList<string>>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = ReadTextList(ref reader, options)!;
        }

        return map;
    }

    private static JsonException Mismatch(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} in {typeof(T).Name}, found {reader.TokenType}.");
}
