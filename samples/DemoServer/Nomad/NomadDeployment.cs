using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>A deployment of the simulated cluster: one job version rolling out, with per-group progress.</summary>
internal sealed class NomadDeployment
{
    public required string Id { get; init; }

    public required string Namespace { get; init; }

    public required string JobId { get; init; }

    public required ulong JobVersion { get; init; }

    public required ulong JobModifyIndex { get; init; }

    public required ulong JobCreateIndex { get; init; }

    public required int Priority { get; init; }

    /// <summary>running, paused, successful, failed or cancelled.</summary>
    public string Status { get; set; } = "running";

    public string StatusDescription { get; set; } = "Deployment is running";

    public Dictionary<string, GroupRollout> Groups { get; } = new(StringComparer.Ordinal);

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; set; }

    public DateTimeOffset CreateTime { get; init; }

    public DateTimeOffset ModifyTime { get; set; }

    public bool IsActive => Status is "running" or "paused" or "pending" or "blocked" or "unblocking";

    public JsonObject ToJson()
    {
        var groups = new JsonObject();
        foreach (var (name, group) in Groups)
        {
            groups[name] = group.ToJson();
        }

        return new JsonObject
        {
            ["ID"] = Id,
            ["Namespace"] = Namespace,
            ["JobID"] = JobId,
            ["JobVersion"] = JobVersion,
            ["JobModifyIndex"] = JobModifyIndex,
            ["JobSpecModifyIndex"] = JobModifyIndex,
            ["JobCreateIndex"] = JobCreateIndex,
            ["IsMultiregion"] = false,
            ["TaskGroups"] = groups,
            ["Status"] = Status,
            ["StatusDescription"] = StatusDescription,
            ["EvalPriority"] = Priority,
            ["CreateIndex"] = CreateIndex,
            ["ModifyIndex"] = ModifyIndex,
            ["CreateTime"] = NomadFormat.UnixNanos(CreateTime),
            ["ModifyTime"] = NomadFormat.UnixNanos(ModifyTime),
        };
    }
}

/// <summary>The rollout of one task group within a deployment.</summary>
internal sealed class GroupRollout
{
    public required UpdatePlan Plan { get; init; }

    public required int DesiredTotal { get; init; }

    public required int DesiredCanaries { get; init; }

    public required bool WillFail { get; init; }

    public required DateTimeOffset RequireProgressBy { get; set; }

    public bool Promoted { get; set; }

    public List<string> PlacedCanaries { get; } = [];

    public int PlacedAllocs { get; set; }

    public int HealthyAllocs { get; set; }

    public int UnhealthyAllocs { get; set; }

    public bool NeedsPromotion => DesiredCanaries > 0 && !Promoted;

    public JsonObject ToJson() => new()
    {
        ["AutoRevert"] = Plan.AutoRevert,
        ["AutoPromote"] = Plan.AutoPromote,
        ["ProgressDeadline"] = Plan.ProgressDeadlineNanos,
        ["RequireProgressBy"] = NomadFormat.Rfc3339(RequireProgressBy),
        ["Promoted"] = Promoted,
        ["PlacedCanaries"] = PlacedCanaries.Count == 0 ? null : new JsonArray([.. PlacedCanaries.Select(id => JsonValue.Create(id))]),
        ["DesiredCanaries"] = DesiredCanaries,
        ["DesiredTotal"] = DesiredTotal,
        ["PlacedAllocs"] = PlacedAllocs,
        ["HealthyAllocs"] = HealthyAllocs,
        ["UnhealthyAllocs"] = UnhealthyAllocs,
    };
}
