using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.Benchmarks.Baseline;
using DeploymentSdk.Benchmarks.Payloads;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Benchmarks.Infrastructure;

/// <summary>
/// Runs before any benchmark: the three readers must map the same payload completely, or the comparison is not fair.
/// The SDK's models may keep no unknown field (each would be a JsonElement the baselines do not build); the floor
/// runs with unmapped members disallowed and Newtonsoft with missing members as errors; the values they read agree.
/// </summary>
internal static class PayloadChecks
{
    /// <summary>The size of each payload, identity and gzip (as the loopback server sends it), for reading MB/s.</summary>
    public static string Sizes()
    {
        static string Size(byte[] json)
        {
            using var output = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(json);
            }

            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{json.Length:N0} B (gzip {output.Length:N0} B)");
        }

        return $"Payloads: 1 allocation {Size(AllocationPayload.Generate(1))}; 100 allocations {Size(AllocationPayload.Generate(100))}; "
            + $"10,000 allocations {Size(AllocationPayload.Generate(10_000))}; job {Size(JobPayload.Generate())}; "
            + $"1,000 allocations without task states {Size(AllocationPayload.Generate(1_000, taskStates: false))}";
    }

    public static void Run()
    {
        var allocations = AllocationPayload.Generate(100);
        var sdk = JsonSerializer.Deserialize(allocations, SdkJson.AllocationList)!;
        var floor = JsonSerializer.Deserialize(allocations, Strict.ListAllocStubRecord)!;
        var newtonsoft = StrictNewtonsoft<List<AllocStubRecord>>(allocations);
        RequireAllMapped(sdk, "allocations");
        for (var i = 0; i < sdk.Count; i++)
        {
            var (s, f, n) = (sdk[i], floor[i], newtonsoft[i]);
            Require(s.Id == f.ID && f.ID == n.ID && f == n with { TaskStates = f.TaskStates, DeploymentStatus = f.DeploymentStatus }, "allocation fields");
            var (sStates, fStates, nStates) = (s.TaskStates!, f.TaskStates!, n.TaskStates!);
            Require(sStates.Count == fStates.Count && fStates.Count == nStates.Count, "task state count");
            foreach (var (task, state) in sStates)
            {
                // Newtonsoft rounds Go's nine fractional digits to the tick; System.Text.Json truncates.
                Require(state.StartedAt == fStates[task].StartedAt && Math.Abs((fStates[task].StartedAt - nStates[task].StartedAt).Ticks) <= 1,
                    $"StartedAt: SDK {state.StartedAt:O}, floor {fStates[task].StartedAt:O}, Newtonsoft {nStates[task].StartedAt:O}");
                Require(state.Events!.Count == nStates[task].Events!.Count, "event count");
                Require(state.Events[^1].Time!.Value.ToUnixTimeMilliseconds() == fStates[task].Events![^1].Time / 1_000_000, "event time");
            }
        }

        var job = JobPayload.Generate();
        var sdkJob = JsonSerializer.Deserialize(job, SdkJson.Job)!;
        var floorJob = JsonSerializer.Deserialize(job, Strict.JobRecord)!;
        var newtonsoftJob = StrictNewtonsoft<JobRecord>(job);
        RequireAllMapped(sdkJob, "job");
        Require(sdkJob.TaskGroups!.Count == floorJob.TaskGroups!.Count && floorJob.TaskGroups.Count == newtonsoftJob.TaskGroups!.Count, "task groups");
        Require(sdkJob.TaskGroups[0].Tasks![0].Templates![0].EmbeddedTmpl == newtonsoftJob.TaskGroups![0].Tasks![0].Templates![0].EmbeddedTmpl, "template");
        Require(sdkJob.ModifyIndex == floorJob.ModifyIndex && floorJob.ModifyIndex == newtonsoftJob.ModifyIndex, "ModifyIndex");
    }

    private static BaselineJsonContext Strict { get; } =
        new(new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow });

    private static T StrictNewtonsoft<T>(byte[] utf8)
    {
        var serializer = Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
        {
            MissingMemberHandling = Newtonsoft.Json.MissingMemberHandling.Error,
        });
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(utf8)));
        return serializer.Deserialize<T>(reader)!;
    }

    private static void RequireAllMapped(object model, string what)
    {
        var unknown = new List<string>();
        Walk(model, what, unknown);
        Require(unknown.Count == 0, $"the SDK's models keep unknown fields of the generated {what}: {string.Join("; ", unknown)}");
    }

    private static void Walk(object? value, string path, List<string> unknown)
    {
        switch (value)
        {
            case null or string or JsonElement or byte[]:
                return;
            case ApiModel model:
                if (model.AdditionalProperties is { Count: > 0 } extra)
                {
                    unknown.Add($"{path}: {string.Join(", ", extra.Keys)}");
                }

                foreach (var property in model.GetType().GetProperties())
                {
                    if (property.GetIndexParameters().Length == 0 && property.Name != nameof(ApiModel.AdditionalProperties))
                    {
                        Walk(property.GetValue(model), $"{path}.{property.Name}", unknown);
                    }
                }

                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, $"{path}[{entry.Key}]", unknown);
                }

                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{i++}]", unknown);
                }

                return;
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Payload check failed: {what}.");
        }
    }
}
