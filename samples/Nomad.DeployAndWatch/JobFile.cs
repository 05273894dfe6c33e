using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.DeployAndWatch;

/// <summary>Reads a job file: HCL through Nomad's parse endpoint, JSON (the API's format, as <c>nomad job run -json</c> takes) directly.</summary>
internal static class JobFile
{
    public static async Task<(Job Job, JobSubmission? Source)> LoadAsync(INomadClient nomad, string path, string text, CancellationToken cancellationToken)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // Either {"Job": {...}} or the job object itself.
            var node = JsonNode.Parse(text)?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object.");
            var job = (node["Job"] ?? node).Deserialize(NomadJson.GetTypeInfo<Job>()) ?? throw new InvalidDataException($"{path} has no job.");
            return (job, null);
        }

        // HCL: Nomad parses it (the same parser `nomad job run` uses), and the source is kept with the version.
        Job parsed = await nomad.Jobs.ParseAsync(text, new JobParseOptions { Canonicalize = true }, cancellationToken: cancellationToken);
        return (parsed, new JobSubmission { Source = text, Format = "hcl2" });
    }
}
