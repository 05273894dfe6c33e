using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>One event of Nomad's event stream: what changed (<see cref="Topic"/>, <see cref="Type"/>, <see cref="Key"/>) and the object after the change (<see cref="Payload"/>).</summary>
/// <remarks>
/// <para>Fields of the event a newer Nomad adds are kept in <see cref="ApiModel.AdditionalProperties"/>.</para>
/// <para>The payload is kept as the JSON Nomad sent and decoded only when read, so following many objects costs little
/// for the events nobody looks at. Payloads of topics without a typed accessor are read through <see cref="Payload"/>.</para>
/// </remarks>
public sealed class NomadEvent : ApiModel
{
    private readonly byte[] _payloadUtf8;
    private object? _decoded;

    /// <summary>Creates an event; the SDK creates them from the stream, tests that fake <see cref="INomadEventsClient"/> may too.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="type">The event type, e.g. <c>DeploymentStatusUpdate</c>.</param>
    /// <param name="key">The key: the ID of the object that changed.</param>
    /// <param name="namespace">The namespace of the object, or <see langword="null"/> for objects outside namespaces.</param>
    /// <param name="filterKeys">Further keys the event matches, e.g. the job ID of a deployment.</param>
    /// <param name="index">The Raft index of the change.</param>
    /// <param name="payload">The payload object, e.g. <c>{"Deployment":{…}}</c>.</param>
    public NomadEvent(NomadEventTopic topic, string type, string key, string? @namespace, IReadOnlyList<string> filterKeys, ulong index, JsonElement payload)
        : this(topic, type, key, @namespace, filterKeys, index, Encoding.UTF8.GetBytes(payload.GetRawText()))
    {
    }

    internal NomadEvent(NomadEventTopic topic, string type, string key, string? @namespace, IReadOnlyList<string> filterKeys, ulong index, byte[] payloadUtf8)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(filterKeys);
        Topic = topic;
        Type = type;
        Key = key;
        Namespace = @namespace;
        FilterKeys = filterKeys;
        Index = index;
        _payloadUtf8 = payloadUtf8;
    }

    /// <summary>The topic, e.g. <see cref="NomadEventTopic.Deployment"/>.</summary>
    public NomadEventTopic Topic { get; }

    /// <summary>What happened, e.g. <c>DeploymentStatusUpdate</c>, <c>AllocationUpdated</c>, <c>JobRegistered</c>, <c>EvaluationUpdated</c>.</summary>
    public string Type { get; }

    /// <summary>The ID of the object that changed (deployment, allocation, evaluation or job ID).</summary>
    public string Key { get; }

    /// <summary>The namespace of the object; <see langword="null"/> for objects outside namespaces (nodes).</summary>
    public string? Namespace { get; }

    /// <summary>Further keys a topic filter matches: the job ID of a deployment; the job and deployment IDs of an allocation or evaluation. Empty when none.</summary>
    public IReadOnlyList<string> FilterKeys { get; }

    /// <summary>The Raft index of the change; the same as the batch's.</summary>
    public ulong Index { get; }

    /// <summary>The payload as JSON: an object with one property named after the topic (<c>{"Deployment":{…}}</c>), plus any extras (<c>Deleted</c> on a deregistered job).</summary>
    /// <remarks>Each read decodes the payload again; keep the value if you read it more than once.</remarks>
    public JsonElement Payload
    {
        get
        {
            var reader = new Utf8JsonReader(_payloadUtf8);
            return JsonElement.ParseValue(ref reader);
        }
    }

    /// <summary>The deployment after the change, for <see cref="NomadEventTopic.Deployment"/> events; otherwise <see langword="null"/>.</summary>
    /// <remarks>Decoded from the payload on first read.</remarks>
    public Deployment? Deployment => Decode("Deployment"u8, NomadEventTopic.Deployment, NomadJsonContext.Default.Deployment);

    /// <summary>The allocation after the change (without its job), for <see cref="NomadEventTopic.Allocation"/> events; otherwise <see langword="null"/>.</summary>
    /// <remarks>Decoded from the payload on first read.</remarks>
    public Allocation? Allocation => Decode("Allocation"u8, NomadEventTopic.Allocation, NomadJsonContext.Default.Allocation);

    /// <summary>The job after the change, for <see cref="NomadEventTopic.Job"/> events (for <c>JobDeregistered</c>, the job as it was; the payload's <c>Deleted</c> says whether it was purged); otherwise <see langword="null"/>.</summary>
    /// <remarks>Decoded from the payload on first read.</remarks>
    public Job? Job => Decode("Job"u8, NomadEventTopic.Job, NomadJsonContext.Default.Job);

    /// <summary>The evaluation after the change, for <see cref="NomadEventTopic.Evaluation"/> events; otherwise <see langword="null"/>.</summary>
    /// <remarks>Decoded from the payload on first read.</remarks>
    public Evaluation? Evaluation => Decode("Evaluation"u8, NomadEventTopic.Evaluation, NomadJsonContext.Default.Evaluation);

    /// <summary>Whether <paramref name="id"/> is the <see cref="Key"/> or one of the <see cref="FilterKeys"/>.</summary>
    /// <param name="id">An object ID, job ID or deployment ID.</param>
    /// <returns><see langword="true"/> when the event concerns <paramref name="id"/>.</returns>
    public bool Concerns(string id)
    {
        if (string.Equals(Key, id, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var filterKey in FilterKeys)
        {
            if (string.Equals(filterKey, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Topic} {Type} {Key} @{Index}";

    private T? Decode<T>(ReadOnlySpan<byte> name, NomadEventTopic topic, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (Topic != topic)
        {
            return null;
        }

        // Benign race: two threads may both decode; either result is the same value.
        if (Volatile.Read(ref _decoded) is T cached)
        {
            return cached;
        }

        var value = ReadPayloadProperty(name, typeInfo);
        Volatile.Write(ref _decoded, value);
        return value;
    }

    /// <summary>Decodes the payload property <paramref name="name"/> straight from the UTF-8 bytes; default when absent or null.</summary>
    internal T? ReadPayloadProperty<T>(ReadOnlySpan<byte> name, JsonTypeInfo<T> typeInfo)
    {
        var reader = new Utf8JsonReader(_payloadUtf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return reader.TokenType == JsonTokenType.Null ? default : JsonSerializer.Deserialize(ref reader, typeInfo);
            }

            reader.Skip();
        }

        return default;
    }
}
