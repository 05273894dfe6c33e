using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>A job of the simulated cluster: the registered spec of each version and the server's fields.</summary>
internal sealed class NomadJob
{
    public required string Id { get; init; }

    public required string Namespace { get; init; }

    /// <summary>The spec of the current version, canonicalized, without server fields.</summary>
    public required JsonObject Spec { get; set; }

    public ulong Version { get; set; }

    public bool Stable { get; set; }

    public bool Stop { get; set; }

    /// <summary>pending, running or dead.</summary>
    public string Status { get; set; } = "pending";

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; set; }

    public ulong JobModifyIndex { get; set; }

    public long SubmitTime { get; set; }

    /// <summary>Every version's spec, oldest first, for <c>/versions</c> and for the <c>Job</c> of an allocation.</summary>
    public List<NomadJobVersion> Versions { get; } = [];

    public string Type => (string?)Spec["Type"] ?? "service";

    public int Priority => (int?)Spec["Priority"] ?? 50;

    public IEnumerable<JsonObject> Groups => Spec["TaskGroups"]?.AsArray().OfType<JsonObject>() ?? [];

    /// <summary>The spec of <paramref name="version"/> with the server's fields, as <c>GET /v1/job/:id</c> answers.</summary>
    public JsonObject ToJson(ulong? version = null)
    {
        var entry = Versions.Find(v => v.Version == (version ?? Version)) ?? Versions[^1];
        var job = entry.Spec.DeepClone().AsObject();
        job["Stop"] = Stop;
        job["Status"] = Status;
        job["StatusDescription"] = string.Empty;
        job["Stable"] = entry.Stable;
        job["Version"] = entry.Version;
        job["SubmitTime"] = entry.SubmitTime;
        job["CreateIndex"] = CreateIndex;
        job["ModifyIndex"] = entry.Version == Version ? ModifyIndex : entry.JobModifyIndex;
        job["JobModifyIndex"] = entry.JobModifyIndex;
        return job;
    }

    /// <summary>The job as <c>GET /v1/jobs</c> lists it.</summary>
    public JsonObject ToStub(JsonObject summary) => new()
    {
        ["ID"] = Id,
        ["ParentID"] = string.Empty,
        ["Name"] = (string?)Spec["Name"] ?? Id,
        ["Namespace"] = Namespace,
        ["Datacenters"] = Spec["Datacenters"]?.DeepClone(),
        ["Type"] = Type,
        ["Priority"] = Priority,
        ["Periodic"] = false,
        ["ParameterizedJob"] = false,
        ["Stop"] = Stop,
        ["Status"] = Status,
        ["StatusDescription"] = string.Empty,
        ["JobSummary"] = summary,
        ["CreateIndex"] = CreateIndex,
        ["ModifyIndex"] = ModifyIndex,
        ["JobModifyIndex"] = JobModifyIndex,
        ["SubmitTime"] = SubmitTime,
    };

    /// <summary>The update strategy of a group: the group's own, else the job's (Nomad merges them the same way).</summary>
    public static UpdatePlan? UpdateOf(JsonObject spec, JsonObject group)
    {
        if ((group["Update"] ?? spec["Update"]) is not JsonObject update || ((int?)update["MaxParallel"] ?? 1) <= 0)
        {
            return null;
        }

        return new UpdatePlan(
            MaxParallel: (int?)update["MaxParallel"] ?? 1,
            Canary: (int?)update["Canary"] ?? 0,
            AutoPromote: (bool?)update["AutoPromote"] ?? false,
            AutoRevert: (bool?)update["AutoRevert"] ?? false,
            ProgressDeadlineNanos: (long?)update["ProgressDeadline"] ?? 600_000_000_000);
    }

    /// <summary>Whether a group's tasks will crash in the demo: an image tagged <c>broken</c> (say, <c>web:2.0-broken</c>).</summary>
    public static bool WillFail(JsonObject group) =>
        group["Tasks"]?.AsArray().OfType<JsonObject>().Any(task =>
            ((string?)task["Config"]?["image"] ?? string.Empty).Contains("broken", StringComparison.OrdinalIgnoreCase)) ?? false;

    public static IEnumerable<string> TaskNames(JsonObject group) =>
        group["Tasks"]?.AsArray().OfType<JsonObject>().Select(t => (string?)t["Name"] ?? "task") ?? [];
}

/// <summary>One registered version of a job.</summary>
internal sealed class NomadJobVersion
{
    public required ulong Version { get; init; }

    public required JsonObject Spec { get; init; }

    public required long SubmitTime { get; init; }

    public required ulong JobModifyIndex { get; init; }

    public bool Stable { get; set; }
}

/// <summary>A group's update strategy, as the simulated scheduler uses it.</summary>
internal sealed record UpdatePlan(int MaxParallel, int Canary, bool AutoPromote, bool AutoRevert, long ProgressDeadlineNanos);
