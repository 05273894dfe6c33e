using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>An evaluation of the simulated cluster: the scheduler's unit of work after a job or deployment change.</summary>
internal sealed class NomadEvaluation
{
    public required string Id { get; init; }

    public required string Namespace { get; init; }

    public required string JobId { get; init; }

    public required string Type { get; init; }

    public required int Priority { get; init; }

    /// <summary>job-register, deployment-watcher, job-deregister, …</summary>
    public required string TriggeredBy { get; init; }

    public required ulong JobModifyIndex { get; init; }

    /// <summary>pending, complete, failed or canceled.</summary>
    public string Status { get; set; } = "pending";

    public string StatusDescription { get; set; } = string.Empty;

    public string? DeploymentId { get; set; }

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; set; }

    public DateTimeOffset CreateTime { get; init; }

    public DateTimeOffset ModifyTime { get; set; }

    public JsonObject ToJson() => new()
    {
        ["ID"] = Id,
        ["Namespace"] = Namespace,
        ["Priority"] = Priority,
        ["Type"] = Type,
        ["TriggeredBy"] = TriggeredBy,
        ["JobID"] = JobId,
        ["JobModifyIndex"] = JobModifyIndex,
        ["DeploymentID"] = DeploymentId ?? string.Empty,
        ["Status"] = Status,
        ["StatusDescription"] = StatusDescription,
        ["QueuedAllocations"] = new JsonObject(),
        ["SnapshotIndex"] = Status == "pending" ? 0 : CreateIndex,
        ["CreateIndex"] = CreateIndex,
        ["ModifyIndex"] = ModifyIndex,
        ["CreateTime"] = NomadFormat.UnixNanos(CreateTime),
        ["ModifyTime"] = NomadFormat.UnixNanos(ModifyTime),
    };
}
