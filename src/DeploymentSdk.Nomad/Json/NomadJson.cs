using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>
/// The SDK's source-generated JSON metadata for the Nomad models, so an application reads and writes them exactly as the
/// SDK does (Nomad's wire names, nanosecond durations, RFC 3339 times, unknown fields kept) without reflection: trim- and
/// AOT-safe.
/// </summary>
/// <example>
/// <code>
/// var job = JsonSerializer.Deserialize(File.ReadAllText("web.nomad.json"), NomadJson.GetTypeInfo&lt;Job&gt;());
/// Console.WriteLine(JsonSerializer.Serialize(job, NomadJson.GetTypeInfo&lt;Job&gt;()));
/// </code>
/// </example>
public static class NomadJson
{
    /// <summary>
    /// The read-only options of the SDK's context: pass them to <c>new JsonSerializerOptions(NomadJson.Options)</c> to
    /// change formatting (for example <c>WriteIndented</c>) while keeping the same metadata.
    /// </summary>
    public static JsonSerializerOptions Options => NomadJsonContext.Default.Options;

    /// <summary>The metadata of a Nomad model or of a list or map of them.</summary>
    /// <typeparam name="T">A type the SDK reads or sends, such as <see cref="Job"/> or <c>List&lt;AllocationListStub&gt;</c>.</typeparam>
    /// <returns>The source-generated metadata.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type the SDK reads or sends.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() =>
        NomadJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T)} is not a Nomad type the SDK reads or sends; its JSON metadata is not generated.");
}
