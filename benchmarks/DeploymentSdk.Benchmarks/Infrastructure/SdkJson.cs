using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// The SDK's own source-generated metadata (<c>NomadJsonContext</c>), so that the SDK's models and the raw-HttpClient
/// floor read with exactly what the SDK reads with. The context is internal to the SDK; it is looked up once, outside
/// every measurement, instead of widening the SDK's internals to this project.
/// </summary>
internal static class SdkJson
{
    private static readonly JsonSerializerContext Context = (JsonSerializerContext)typeof(NomadClient).Assembly
        .GetType("DeploymentSdk.Nomad.Json.NomadJsonContext", throwOnError: true)!
        .GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!
        .GetValue(null)!;

    public static JsonTypeInfo<List<AllocationListStub>> AllocationList { get; } = TypeInfo<List<AllocationListStub>>();

    public static JsonTypeInfo<Job> Job { get; } = TypeInfo<Job>();

    public static JsonTypeInfo<List<JobListStub>> JobList { get; } = TypeInfo<List<JobListStub>>();

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        (JsonTypeInfo<T>)(Context.GetTypeInfo(typeof(T)) ?? throw new InvalidOperationException($"NomadJsonContext has no metadata for {typeof(T)}."));
}
