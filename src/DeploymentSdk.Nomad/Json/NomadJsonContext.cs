using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// The source-generated JSON metadata for every Nomad model. Durations are integer nanoseconds and times RFC 3339
/// for the whole context; unix-nanosecond fields opt in with <see cref="UnixNanosecondsConverter"/>. Null properties
/// are not written, so a model never sends a C# default for a field the server fills in.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NanosecondDurationConverter), typeof(Rfc3339TimeConverter)])]
[JsonSerializable(typeof(List<JobListStub>))]
internal sealed partial class NomadJsonContext : JsonSerializerContext;
