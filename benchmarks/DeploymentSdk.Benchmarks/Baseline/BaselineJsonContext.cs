using System.Text.Json.Serialization;

namespace DeploymentSdk.Benchmarks.Baseline;

/// <summary>The floor: System.Text.Json source generation over the minimal records, default options.</summary>
[JsonSerializable(typeof(List<AllocStubRecord>))]
[JsonSerializable(typeof(JobRecord))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
