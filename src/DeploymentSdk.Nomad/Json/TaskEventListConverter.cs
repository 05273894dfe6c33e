using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// Reads a task's <c>Events</c> with a hand-written reader instead of System.Text.Json's per-property metadata path.
/// </summary>
/// <remarks>
/// Task events are most of an allocation list: every task carries its recent events, each with about 25 fields, most of
/// them empty. Matching each field name against the expected next one (Nomad writes them in a fixed order) and reading
/// the value with the same rule the model declares, without the generic path's per-property frames, took a
/// 100-allocation list from about 1.05× to 0.84× the benchmark floor's time (benchmarks/README.md). What is
/// read is the same as the model's metadata reads: the same converters for enums, times, durations, repeated strings
/// and <c>Details</c>; unknown fields go to <see cref="ApiModel.AdditionalProperties"/>; a value of the wrong type is a
/// <see cref="JsonException"/>. <c>TaskEventListConverterTests</c> checks that every property of <see cref="TaskEvent"/>
/// is known here. Writing goes through the model's metadata unchanged.
/// </remarks>
internal sealed class TaskEventListConverter : JsonConverter<IList<TaskEvent>>
{
    // The wire names in the order Nomad writes them (its TaskEvent struct); the index is the field's case below.
    internal static readonly byte[][] Names =
    [
        "Type"u8.ToArray(), "Time"u8.ToArray(), "Message"u8.ToArray(), "DisplayMessage"u8.ToArray(), "Details"u8.ToArray(),
        "FailsTask"u8.ToArray(), "RestartReason"u8.ToArray(), "SetupError"u8.ToArray(), "DriverError"u8.ToArray(),
        "ExitCode"u8.ToArray(), "Signal"u8.ToArray(), "KillTimeout"u8.ToArray(), "KillError"u8.ToArray(),
        "KillReason"u8.ToArray(), "StartDelay"u8.ToArray(), "DownloadError"u8.ToArray(), "ValidationError"u8.ToArray(),
        "DiskLimit"u8.ToArray(), "DiskSize"u8.ToArray(), "FailedSibling"u8.ToArray(), "VaultError"u8.ToArray(),
        "TaskSignalReason"u8.ToArray(), "TaskSignal"u8.ToArray(), "DriverMessage"u8.ToArray(), "GenericSource"u8.ToArray(),
    ];

    private static readonly ExtensibleEnumConverter<TaskEventType> TypeConverter = new();
    private static readonly UnixNanosecondsConverter TimeConverter = new();
    private static readonly RepeatedStringConverter RepeatedString = new();
    private static readonly RepeatedStringDictionaryConverter DetailsConverter = new();
    private static readonly NanosecondDurationConverter DurationConverter = new();

    public override bool HandleNull => false;

    public override IList<TaskEvent>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of task events, found {reader.TokenType}.");
        }

        var events = new List<TaskEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            events.Add(reader.TokenType == JsonTokenType.Null ? null! : ReadEvent(ref reader, options));
        }

        return events;
    }

    public override void Write(Utf8JsonWriter writer, IList<TaskEvent> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TaskEvent>)options.GetTypeInfo(typeof(TaskEvent));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }

    private static TaskEvent ReadEvent(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a task event object, found {reader.TokenType}.");
        }

        var item = new TaskEvent();
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Match(ref reader, ref next, out var escapedName);
            reader.Read();
            switch (field)
            {
                case 0: item.Type = reader.TokenType == JsonTokenType.Null ? null : TypeConverter.Read(ref reader, typeof(TaskEventType), options); break;
                case 1: item.Time = TimeConverter.Read(ref reader, typeof(DateTimeOffset?), options); break;
                case 2: item.Message = RepeatedText(ref reader, options); break;
                case 3: item.DisplayMessage = RepeatedText(ref reader, options); break;
                case 4: item.Details = reader.TokenType == JsonTokenType.Null ? null : DetailsConverter.Read(ref reader, typeof(IDictionary<string, string>), options); break;
                case 5: item.FailsTask = Boolean(ref reader); break;
                case 6: item.RestartReason = RepeatedText(ref reader, options); break;
                case 7: item.SetupError = Text(ref reader); break;
                case 8: item.DriverError = Text(ref reader); break;
                case 9: item.ExitCode = Int32(ref reader); break;
                case 10: item.Signal = Int32(ref reader); break;
                case 11: item.KillTimeout = Duration(ref reader, options); break;
                case 12: item.KillError = Text(ref reader); break;
                case 13: item.KillReason = RepeatedText(ref reader, options); break;
                case 14: item.StartDelay = Duration(ref reader, options); break;
                case 15: item.DownloadError = Text(ref reader); break;
                case 16: item.ValidationError = Text(ref reader); break;
                case 17: item.DiskLimit = Int64(ref reader); break;
                case 18: item.DiskSize = Int64(ref reader); break;
                case 19: item.FailedSibling = Text(ref reader); break;
                case 20: item.VaultError = Text(ref reader); break;
                case 21: item.TaskSignalReason = RepeatedText(ref reader, options); break;
                case 22: item.TaskSignal = RepeatedText(ref reader, options); break;
                case 23: item.DriverMessage = RepeatedText(ref reader, options); break;
                case 24: item.GenericSource = RepeatedText(ref reader, options); break;
                default:
                    (item.AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[escapedName!] = JsonElement.ParseValue(ref reader);
                    break;
            }
        }

        return item;
    }

    // The field's index in Names, trying the expected next field first; -1 (with the name as text) for an unknown field.
    private static int Match(ref Utf8JsonReader reader, ref int next, out string? unknownName)
    {
        unknownName = null;
        ReadOnlySpan<byte> name;
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            unknownName = reader.GetString()!;
            name = Encoding.UTF8.GetBytes(unknownName);
        }
        else
        {
            name = reader.ValueSpan;
        }

        if ((uint)next < (uint)Names.Length && name.SequenceEqual(Names[next]))
        {
            return next++;
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                next = i + 1;
                return i;
            }
        }

        unknownName ??= reader.GetString();
        return -1;
    }

    private static string? RepeatedText(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : RepeatedString.Read(ref reader, typeof(string), options);

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "a string"),
    };

    private static bool? Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "true or false"),
    };

    private static int? Int32(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "a 32-bit integer"),
    };

    private static long? Int64(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt64(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "a 64-bit integer"),
    };

    private static TimeSpan? Duration(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        DurationConverter.Read(ref reader, typeof(TimeSpan?), options);

    private static JsonException Mismatch(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} in a task event, found {reader.TokenType}.");
}
