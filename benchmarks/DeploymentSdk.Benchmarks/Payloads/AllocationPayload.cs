using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace DeploymentSdk.Benchmarks.Payloads;

/// <summary>
/// Generates <c>GET /v1/allocations</c> answers shaped like current Nomad's (1.9–1.11) <c>AllocListStub</c>: every
/// field the server writes, empty strings and zeros included, task states with the last events of each task
/// (every event carries the deprecated detail fields, as the server still sends them). Deterministic for a count.
/// </summary>
/// <remarks>
/// Half the allocations run one task, the other half a task and a log-shipping sidecar; each task has four or five
/// events. That is about 4.5 KB of JSON per allocation, which is what a real list with task states weighs.
/// </remarks>
internal static class AllocationPayload
{
    private const long BaseTime = 1_714_557_600_123_456_789; // 2024-05-01T10:00:00.123456789Z in unix nanoseconds

    /// <summary>A JSON array of <paramref name="count"/> allocation stubs.</summary>
    /// <param name="count">How many allocations.</param>
    /// <param name="taskStates">Whether each stub carries <c>TaskStates</c> (Nomad's default) or <c>null</c> (<c>task_states=false</c>).</param>
    /// <param name="first">The index of the first allocation (paging serves consecutive slices).</param>
    public static byte[] Generate(int count, bool taskStates = true, int first = 0)
    {
        var buffer = new ArrayBufferWriter<byte>(count * (taskStates ? 4096 : 1024) + 16);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            for (var i = first; i < first + count; i++)
            {
                WriteStub(w, i, taskStates);
            }

            w.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The allocation ID of index <paramref name="i"/>: a UUID whose order is the index's order.</summary>
    public static string Id(int i) => Uuid(0xa110c, i);

    private static void WriteStub(Utf8JsonWriter w, int i, bool taskStates)
    {
        var created = BaseTime + (i * 1_000_003L);
        w.WriteStartObject();
        w.WriteString("ID", Id(i));
        w.WriteString("EvalID", Uuid(0xe7a1, i / 10));
        w.WriteString("Name", $"web.api[{i % 1000}]");
        w.WriteString("Namespace", "default");
        w.WriteString("NodeID", Uuid(0x40de, i % 64));
        w.WriteString("NodeName", $"worker-{i % 64:D2}");
        w.WriteString("JobID", "web");
        w.WriteString("JobType", "service");
        w.WriteNumber("JobVersion", 7);
        w.WriteString("TaskGroup", "api");
        w.WriteNull("AllocatedResources");
        w.WriteString("DesiredStatus", i % 10 == 9 ? "stop" : "run");
        w.WriteString("DesiredDescription", i % 10 == 9 ? "alloc is being updated due to job update" : "");
        w.WriteString("ClientStatus", i % 10 == 9 ? "complete" : "running");
        w.WriteString("ClientDescription", i % 10 == 9 ? "All tasks have completed" : "Tasks are running");
        w.WriteStartObject("DesiredTransition");
        w.WriteNull("Migrate");
        w.WriteNull("Reschedule");
        w.WriteNull("ForceReschedule");
        w.WriteNull("NoShutdownDelay");
        w.WriteNull("MigrateDisablePlacement");
        w.WriteEndObject();
        if (taskStates)
        {
            w.WriteStartObject("TaskStates");
            WriteTaskState(w, "api", i, created, events: 5);
            if (i % 2 == 1)
            {
                WriteTaskState(w, "log-shipper", i, created, events: 4);
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("TaskStates");
        }

        w.WriteStartObject("DeploymentStatus");
        w.WriteBoolean("Healthy", true);
        w.WriteString("Timestamp", Rfc3339(created + 12_000_000_000));
        w.WriteBoolean("Canary", false);
        w.WriteNumber("ModifyIndex", 3_000_000_000UL + (ulong)i);
        w.WriteEndObject();
        w.WriteString("FollowupEvalID", "");
        w.WriteString("NextAllocation", "");
        w.WriteNull("RescheduleTracker");
        w.WriteNull("PreemptedAllocations");
        w.WriteString("PreemptedByAllocation", "");
        w.WriteNumber("CreateIndex", 2_900_000_000UL + (ulong)i);
        w.WriteNumber("ModifyIndex", 3_000_000_000UL + (ulong)i);
        w.WriteNumber("CreateTime", created);
        w.WriteNumber("ModifyTime", created + 15_000_000_000);
        w.WriteEndObject();
    }

    private static void WriteTaskState(Utf8JsonWriter w, string task, int i, long created, int events)
    {
        w.WriteStartObject(task);
        w.WriteString("State", "running");
        w.WriteBoolean("Failed", false);
        w.WriteNumber("Restarts", 0);
        w.WriteString("LastRestart", "0001-01-01T00:00:00Z");
        w.WriteString("StartedAt", Rfc3339(created + 9_000_000_000 + i));
        w.WriteString("FinishedAt", "0001-01-01T00:00:00Z");
        w.WriteStartArray("Events");
        for (var e = 0; e < events; e++)
        {
            WriteEvent(w, e, created + (e * 1_500_000_000L));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static readonly (string Type, string Display, string Key, string Value)[] Events =
    [
        ("Received", "Task received by client", "", ""),
        ("Task Setup", "Building Task Directory", "message", "Building Task Directory"),
        ("Downloading Artifacts", "Client is downloading artifacts", "", ""),
        ("Driver", "Downloading image", "image", "registry.example.com/web/api:1.42.0"),
        ("Started", "Task started by client", "", ""),
    ];

    private static void WriteEvent(Utf8JsonWriter w, int e, long time)
    {
        var (type, display, key, value) = Events[e % Events.Length];
        w.WriteStartObject();
        w.WriteString("Type", type);
        w.WriteNumber("Time", time);
        w.WriteString("Message", key == "message" ? value : "");
        w.WriteString("DisplayMessage", display);
        w.WriteStartObject("Details");
        if (key.Length > 0)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        w.WriteBoolean("FailsTask", false);
        w.WriteString("RestartReason", "");
        w.WriteString("SetupError", "");
        w.WriteString("DriverError", "");
        w.WriteNumber("ExitCode", 0);
        w.WriteNumber("Signal", 0);
        w.WriteNumber("KillTimeout", 0);
        w.WriteString("KillError", "");
        w.WriteString("KillReason", "");
        w.WriteNumber("StartDelay", 0);
        w.WriteString("DownloadError", "");
        w.WriteString("ValidationError", "");
        w.WriteNumber("DiskLimit", 0);
        w.WriteString("FailedSibling", "");
        w.WriteString("VaultError", "");
        w.WriteString("TaskSignalReason", "");
        w.WriteString("TaskSignal", "");
        w.WriteString("DriverMessage", type == "Driver" ? value : "");
        w.WriteString("GenericSource", "");
        w.WriteEndObject();
    }

    /// <summary>A UUID built from a kind and an index, so IDs sort like their index.</summary>
    internal static string Uuid(int kind, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind:x8}-{(i >> 16) & 0xffff:x4}-4{(i >> 4) & 0xfff:x3}-8{i & 0xf:x3}-{i:x12}");

    /// <summary>RFC 3339 with nine fractional digits, as Go writes <c>time.Time</c>.</summary>
    internal static string Rfc3339(long unixNanoseconds)
    {
        var seconds = Math.DivRem(unixNanoseconds, 1_000_000_000L, out var nanos);
        var utc = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{utc:yyyy-MM-ddTHH:mm:ss}.{nanos:D9}Z");
    }
}
