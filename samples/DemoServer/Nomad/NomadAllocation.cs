using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>Where a simulated allocation is in its life; each step of the simulation moves it at most one phase.</summary>
internal enum AllocPhase
{
    /// <summary>Placed; the client has received it (ClientStatus pending).</summary>
    Placed,

    /// <summary>Its tasks are running, health not yet known.</summary>
    Running,

    /// <summary>Healthy (a deployment's allocation), or simply running (no deployment).</summary>
    Settled,

    /// <summary>A task exited with code 1 and is restarting.</summary>
    Restarting,

    /// <summary>The task gave up; ClientStatus failed.</summary>
    Failed,

    /// <summary>The server asked it to stop (DesiredStatus stop).</summary>
    Stopping,

    /// <summary>Stopped, or a batch task finished; ClientStatus complete.</summary>
    Complete,
}

/// <summary>An allocation of the simulated cluster and its task states.</summary>
internal sealed class NomadAllocation
{
    public required string Id { get; init; }

    public required string EvalId { get; init; }

    public required string Name { get; init; }

    public required string Namespace { get; init; }

    public required string NodeId { get; init; }

    public required string NodeName { get; init; }

    public required string JobId { get; init; }

    public required string JobType { get; init; }

    public required ulong JobVersion { get; init; }

    public required string TaskGroup { get; init; }

    public string? DeploymentId { get; init; }

    public bool Canary { get; init; }

    public bool WillFail { get; init; }

    public AllocPhase Phase { get; set; }

    public string DesiredStatus { get; set; } = "run";

    public string DesiredDescription { get; set; } = string.Empty;

    public string ClientStatus { get; set; } = "pending";

    public string ClientDescription { get; set; } = "No tasks have started";

    /// <summary>The deployment health: null while unknown.</summary>
    public bool? Healthy { get; set; }

    public DateTimeOffset? HealthTime { get; set; }

    public ulong HealthIndex { get; set; }

    public Dictionary<string, TaskLife> Tasks { get; } = new(StringComparer.Ordinal);

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; set; }

    public DateTimeOffset CreateTime { get; init; }

    public DateTimeOffset ModifyTime { get; set; }

    public bool IsTerminal => ClientStatus is "complete" or "failed" or "lost";

    /// <summary>The allocation as <c>GET /v1/allocations</c> lists it.</summary>
    public JsonObject ToStub(bool taskStates = true)
    {
        var stub = new JsonObject
        {
            ["ID"] = Id,
            ["EvalID"] = EvalId,
            ["Name"] = Name,
            ["Namespace"] = Namespace,
            ["NodeID"] = NodeId,
            ["NodeName"] = NodeName,
            ["JobID"] = JobId,
            ["JobType"] = JobType,
            ["JobVersion"] = JobVersion,
            ["TaskGroup"] = TaskGroup,
            ["DesiredStatus"] = DesiredStatus,
            ["DesiredDescription"] = DesiredDescription,
            ["ClientStatus"] = ClientStatus,
            ["ClientDescription"] = ClientDescription,
            ["DesiredTransition"] = new JsonObject { ["Migrate"] = null, ["Reschedule"] = null },
            ["TaskStates"] = taskStates ? TaskStatesJson() : null,
            ["DeploymentStatus"] = DeploymentStatusJson(),
            ["FollowupEvalID"] = string.Empty,
            ["RescheduleTracker"] = null,
            ["PreemptedAllocations"] = null,
            ["PreemptedByAllocation"] = string.Empty,
            ["CreateIndex"] = CreateIndex,
            ["ModifyIndex"] = ModifyIndex,
            ["CreateTime"] = NomadFormat.UnixNanos(CreateTime),
            ["ModifyTime"] = NomadFormat.UnixNanos(ModifyTime),
        };
        return stub;
    }

    /// <summary>The full allocation, with the job version it runs, as <c>GET /v1/allocation/:id</c> answers.</summary>
    public JsonObject ToJson(JsonObject job, JsonObject group)
    {
        var alloc = ToStub();
        alloc.Remove("JobType");
        alloc.Remove("JobVersion");
        alloc["Job"] = job;
        alloc["DeploymentID"] = DeploymentId ?? string.Empty;
        alloc["AllocModifyIndex"] = CreateIndex;
        alloc["PreviousAllocation"] = string.Empty;
        alloc["NextAllocation"] = string.Empty;
        var tasks = new JsonObject();
        foreach (var task in group["Tasks"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var resources = task["Resources"];
            tasks[(string?)task["Name"] ?? "task"] = new JsonObject
            {
                ["Cpu"] = new JsonObject { ["CpuShares"] = (int?)resources?["CPU"] ?? 100 },
                ["Memory"] = new JsonObject { ["MemoryMB"] = (int?)resources?["MemoryMB"] ?? 300 },
            };
        }

        alloc["AllocatedResources"] = new JsonObject
        {
            ["Tasks"] = tasks,
            ["Shared"] = new JsonObject { ["DiskMB"] = 300 },
        };
        alloc["Metrics"] = new JsonObject
        {
            ["NodesEvaluated"] = 3,
            ["NodesFiltered"] = 0,
            ["NodesAvailable"] = new JsonObject { ["dc1"] = 3 },
            ["NodesExhausted"] = 0,
            ["AllocationTime"] = 120_000,
            ["CoalescedFailures"] = 0,
        };
        return alloc;
    }

    private JsonObject? DeploymentStatusJson() => DeploymentId is null || (Healthy is null && !Canary)
        ? null
        : new JsonObject
        {
            ["Healthy"] = Healthy,
            ["Timestamp"] = HealthTime is { } time ? NomadFormat.Rfc3339(time) : NomadFormat.ZeroTime,
            ["Canary"] = Canary,
            ["ModifyIndex"] = HealthIndex,
        };

    private JsonObject TaskStatesJson()
    {
        var states = new JsonObject();
        foreach (var (name, task) in Tasks)
        {
            states[name] = task.ToJson();
        }

        return states;
    }
}

/// <summary>The state and event history of one task of an allocation.</summary>
internal sealed class TaskLife
{
    public string State { get; set; } = "pending";

    public bool Failed { get; set; }

    public int Restarts { get; set; }

    public DateTimeOffset? LastRestart { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public List<JsonObject> Events { get; } = [];

    /// <summary>What the task wrote to standard output (ASCII, so a character offset is a byte offset).</summary>
    public System.Text.StringBuilder Stdout { get; } = new();

    /// <summary>What the task wrote to standard error.</summary>
    public System.Text.StringBuilder Stderr { get; } = new();

    /// <summary>Appends a line to a log, up to 64 KiB (a real client rotates its log files; the demo just stops).</summary>
    public void Log(System.Text.StringBuilder log, string line)
    {
        if (log.Length < 64 * 1024)
        {
            log.Append(line).Append('\n');
        }
    }

    public void AddEvent(DateTimeOffset time, string type, string message, int? exitCode = null, bool failsTask = false)
    {
        var details = new JsonObject();
        if (exitCode is { } code)
        {
            details["exit_code"] = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Events.Add(new JsonObject
        {
            ["Type"] = type,
            ["Time"] = NomadFormat.UnixNanos(time),
            ["Message"] = string.Empty,
            ["DisplayMessage"] = message,
            ["Details"] = details,
            ["FailsTask"] = failsTask,
            ["ExitCode"] = exitCode ?? 0,
        });
    }

    public JsonObject ToJson() => new()
    {
        ["State"] = State,
        ["Failed"] = Failed,
        ["Restarts"] = Restarts,
        ["LastRestart"] = LastRestart is { } restart ? NomadFormat.Rfc3339(restart) : NomadFormat.ZeroTime,
        ["StartedAt"] = StartedAt is { } started ? NomadFormat.Rfc3339(started) : null,
        ["FinishedAt"] = FinishedAt is { } finished ? NomadFormat.Rfc3339(finished) : null,
        ["Events"] = new JsonArray([.. Events.Select(e => e.DeepClone())]),
    };
}
