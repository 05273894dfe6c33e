using System.Text.Json;

namespace DeploymentSdk.Nomad.Events;

/// <summary>Decides from an event's topic and keys whether it is wanted, before its payload is copied.</summary>
internal delegate bool NomadEventFilter(NomadEventTopic topic, string key, IReadOnlyList<string> filterKeys);

/// <summary>One parsed line of the event stream: a heartbeat, or a batch (whose events may all have been filtered out).</summary>
internal readonly record struct NomadEventFrame(bool IsHeartbeat, NomadEventBatch? Batch);

/// <summary>
/// Reads one NDJSON line of Nomad's event stream (<c>{"Index":N,"Events":[…]}</c>, or <c>{}</c> as a heartbeat) with a
/// forward-only reader. Payloads are copied only for the events the filter keeps, and decoded only when read.
/// </summary>
internal static class NomadEventFrameParser
{
    private static readonly byte[] NullPayload = "null"u8.ToArray();
    private static readonly NomadEventTopic[] KnownTopics =
    [
        NomadEventTopic.Deployment, NomadEventTopic.Allocation, NomadEventTopic.Evaluation, NomadEventTopic.Job,
        NomadEventTopic.Node, NomadEventTopic.NodePool, NomadEventTopic.Service,
    ];

    private static readonly byte[][] KnownTopicBytes = KnownTopics.Select(t => System.Text.Encoding.UTF8.GetBytes(t.Value)).ToArray();

    /// <summary>Whether the line looks like a JSON object; anything else is text a server wrote (an error message).</summary>
    public static bool IsJsonObject(ReadOnlySpan<byte> line) => !line.IsEmpty && line[0] == (byte)'{';

    /// <exception cref="JsonException">The line is not a valid event-stream frame.</exception>
    public static NomadEventFrame Parse(ReadOnlySpan<byte> line, NomadEventFilter? filter)
    {
        // The reader does not check UTF-8 until a string is transcoded (and then throws InvalidOperationException, maybe
        // only when a consumer reads the payload); one vectorised pass makes every bad byte a bad frame here.
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            throw new JsonException("The frame is not valid UTF-8.");
        }

        var reader = new Utf8JsonReader(line);
        Expect(ref reader, JsonTokenType.StartObject);
        ulong index = 0;
        var sawEvent = false;
        List<NomadEvent>? events = null;
        Dictionary<string, JsonElement>? unknown = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Index"u8))
            {
                Next(ref reader);
                index = ReadIndex(ref reader);
            }
            else if (reader.ValueTextEquals("Events"u8))
            {
                if (Next(ref reader) == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonException($"'Events' is {reader.TokenType}, expected an array.");
                }

                while (Next(ref reader) != JsonTokenType.EndArray)
                {
                    sawEvent = true;
                    if (ReadEvent(ref reader, line, filter) is { } e && !IsRepeat(events, e))
                    {
                        (events ??= []).Add(e);
                    }
                }
            }
            else
            {
                var name = reader.GetString()!;
                Next(ref reader);
                (unknown ??= new(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("Trailing data after the frame object.");
        }

        return index == 0 && !sawEvent
            ? new NomadEventFrame(true, null)
            : new NomadEventFrame(false, new NomadEventBatch(index, (IReadOnlyList<NomadEvent>?)events ?? []) { AdditionalProperties = unknown });
    }

    private static NomadEvent? ReadEvent(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, NomadEventFilter? filter)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"An event is {reader.TokenType}, expected an object.");
        }

        NomadEventTopic topic = default;
        string? type = null;
        string? key = null;
        string? ns = null;
        List<string>? filterKeys = null;
        ulong index = 0;
        int payloadStart = -1;
        var payloadLength = 0;
        List<(string Name, int Start, int Length)>? unknown = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Topic"u8))
            {
                Next(ref reader);
                topic = ReadTopic(ref reader);
            }
            else if (reader.ValueTextEquals("Type"u8))
            {
                Next(ref reader);
                type = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("Key"u8))
            {
                Next(ref reader);
                key = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("Namespace"u8))
            {
                Next(ref reader);
                ns = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("default"u8) ? "default" : ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("FilterKeys"u8))
            {
                if (Next(ref reader) == JsonTokenType.StartArray)
                {
                    while (Next(ref reader) != JsonTokenType.EndArray)
                    {
                        (filterKeys ??= []).Add(ReadString(ref reader) ?? string.Empty);
                    }
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new JsonException($"'FilterKeys' is {reader.TokenType}, expected an array.");
                }
            }
            else if (reader.ValueTextEquals("Index"u8))
            {
                Next(ref reader);
                index = ReadIndex(ref reader);
            }
            else if (reader.ValueTextEquals("Payload"u8))
            {
                Next(ref reader);
                payloadStart = (int)reader.TokenStartIndex;
                reader.Skip();
                payloadLength = (int)reader.BytesConsumed - payloadStart;
            }
            else
            {
                // Kept as a byte range and decoded only if the filter keeps the event.
                var name = reader.GetString()!;
                Next(ref reader);
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                (unknown ??= []).Add((name, start, (int)reader.BytesConsumed - start));
            }
        }

        IReadOnlyList<string> keys = (IReadOnlyList<string>?)filterKeys ?? [];
        key ??= string.Empty;
        topic = topic.Value is null ? new NomadEventTopic(string.Empty) : topic;
        if (filter is not null && !filter(topic, key, keys))
        {
            return null;
        }

        var payload = payloadStart < 0 ? NullPayload : line.Slice(payloadStart, payloadLength).ToArray();
        return new NomadEvent(topic, type ?? string.Empty, key, string.IsNullOrEmpty(ns) ? null : ns, keys, index, payload)
        {
            AdditionalProperties = unknown is null ? null : Decode(unknown, line),
        };
    }

    private static Dictionary<string, JsonElement> Decode(List<(string Name, int Start, int Length)> ranges, ReadOnlySpan<byte> line)
    {
        var fields = new Dictionary<string, JsonElement>(ranges.Count, StringComparer.Ordinal);
        foreach (var (name, start, length) in ranges)
        {
            var reader = new Utf8JsonReader(line.Slice(start, length));
            fields[name] = JsonElement.ParseValue(ref reader);
        }

        return fields;
    }

    // Nomad lists an event once per topic key it matches, one copy after the other (topic=Allocation:web together with
    // topic=Allocation:<deployment> lists an allocation of web in that deployment twice); one Raft index changes an
    // object once, so the copy is dropped.
    private static bool IsRepeat(List<NomadEvent>? events, NomadEvent e) =>
        events is [.., var previous]
        && previous.Topic == e.Topic
        && string.Equals(previous.Key, e.Key, StringComparison.Ordinal)
        && string.Equals(previous.Type, e.Type, StringComparison.Ordinal);

    private static NomadEventTopic ReadTopic(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < KnownTopics.Length; i++)
            {
                if (reader.ValueTextEquals(KnownTopicBytes[i]))
                {
                    return KnownTopics[i];
                }
            }
        }

        return new NomadEventTopic(ReadString(ref reader) ?? string.Empty);
    }

    private static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
    };

    private static ulong ReadIndex(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var value)
            ? value
            : throw new JsonException($"Expected an unsigned index, found {reader.TokenType}.");

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The frame ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new JsonException($"Expected {type}, found {reader.TokenType}.");
        }
    }
}
