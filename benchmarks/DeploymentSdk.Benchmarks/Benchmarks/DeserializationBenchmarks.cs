using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DeploymentSdk.Benchmarks.Baseline;
using DeploymentSdk.Benchmarks.Infrastructure;
using DeploymentSdk.Benchmarks.Payloads;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Benchmarks;

/// <summary>
/// Issue #10, part 1: reading <c>GET /v1/allocations</c> answers (stubs with task states) from UTF-8 bytes.
/// Floor = System.Text.Json source generation over minimal records; Newtonsoft = reflection over the same records,
/// streamed or from a string, as OpenAPI-generated .NET clients read; Sdk = the SDK's models with its source-generated context.
/// </summary>
[MemoryDiagnoser]
public class AllocationListDeserialization
{
    private byte[] _json = [];

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => QuickMode.Enabled ? [1, 100] : [1, 100, 10_000];

    [GlobalSetup]
    public void Setup() => _json = AllocationPayload.Generate(N);

    [Benchmark(Baseline = true, Description = "Floor (STJ source-gen, minimal records)")]
    public int Floor() => JsonSerializer.Deserialize(_json, BaselineJsonContext.Default.ListAllocStubRecord)!.Count;

    [Benchmark(Description = "SDK models (STJ source-gen)")]
    public int Sdk() => JsonSerializer.Deserialize(_json, SdkJson.AllocationList)!.Count;

    [Benchmark(Description = "Newtonsoft, stream (NSwag-style)")]
    public int Newtonsoft() => NewtonsoftReader.Read<List<AllocStubRecord>>(_json).Count;

    [Benchmark(Description = "Newtonsoft, string (RestSharp-style)")]
    public int NewtonsoftString() => NewtonsoftReader.ReadString<List<AllocStubRecord>>(_json).Count;
}

/// <summary>Issue #10, part 1: reading a full <c>GET /v1/job/:id</c> answer; see <see cref="AllocationListDeserialization"/>.</summary>
[MemoryDiagnoser]
public class JobDeserialization
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() => _json = JobPayload.Generate();

    [Benchmark(Baseline = true, Description = "Floor (STJ source-gen, minimal records)")]
    public string? Floor() => JsonSerializer.Deserialize(_json, BaselineJsonContext.Default.JobRecord)!.ID;

    [Benchmark(Description = "SDK models (STJ source-gen)")]
    public string? Sdk() => JsonSerializer.Deserialize(_json, SdkJson.Job)!.Id;

    [Benchmark(Description = "Newtonsoft, stream (NSwag-style)")]
    public string? Newtonsoft() => NewtonsoftReader.Read<JobRecord>(_json).ID;

    [Benchmark(Description = "Newtonsoft, string (RestSharp-style)")]
    public string? NewtonsoftString() => NewtonsoftReader.ReadString<JobRecord>(_json).ID;
}

/// <summary>
/// The two ways OpenAPI-generated .NET clients read a body with Newtonsoft.Json by reflection: NSwag's clients stream it
/// (a JsonTextReader over a StreamReader); OpenAPI Generator's RestSharp clients read it as a string first and call
/// <c>JsonConvert.DeserializeObject</c>.
/// </summary>
internal static class NewtonsoftReader
{
    public static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.CreateDefault();

    public static T Read<T>(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        using var text = new StreamReader(stream);
        using var reader = new Newtonsoft.Json.JsonTextReader(text);
        return Serializer.Deserialize<T>(reader)!;
    }

    public static T ReadString<T>(byte[] utf8) => Newtonsoft.Json.JsonConvert.DeserializeObject<T>(System.Text.Encoding.UTF8.GetString(utf8))!;
}
