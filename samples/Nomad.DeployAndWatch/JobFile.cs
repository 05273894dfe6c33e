using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.DeployAndWatch;

/// <summary>Reads a job file: HCL through Nomad's parse endpoint, JSON (the API's format, as <c>nomad job run -json</c> takes) directly.</summary>
internal static class JobFile
{
    /// <summary>
    /// The SDK keeps its source-generated JSON metadata internal, so a job file is read here with reflection-based
    /// metadata plus Nomad's one wire rule that needs help: durations are integer nanoseconds.
    /// </summary>
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new NanosecondsConverter() },
    };

    public static async Task<(Job Job, JobSubmission? Source)> LoadAsync(INomadClient nomad, string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // Either {"Job": {...}} or the job object itself.
            var node = JsonNode.Parse(text)?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object.");
            var job = (node["Job"] ?? node).Deserialize<Job>(JsonOptions) ?? throw new InvalidDataException($"{path} has no job.");
            return (job, null);
        }

        // HCL: Nomad parses it (the same parser `nomad job run` uses), and the source is kept with the version.
        Job parsed = await nomad.Jobs.ParseAsync(text, new JobParseOptions { Canonicalize = true }, cancellationToken: cancellationToken);
        return (parsed, new JobSubmission { Source = text, Format = "hcl2" });
    }

    private sealed class NanosecondsConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeSpan.FromTicks(reader.GetInt64() / 100);

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value.Ticks * 100);
    }
}
