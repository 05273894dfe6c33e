using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Cli;

/// <summary>Prints the SDK's models as short text tables, or as JSON with <c>--json</c>.</summary>
internal sealed class Printer(TextWriter output, bool json)
{
    /// <summary>The SDK's source-generated metadata (no reflection), indented for people.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new(NomadJson.Options) { WriteIndented = true };

    public void Jobs(List<JobListStub> jobs)
    {
        if (!Json(jobs))
        {
            Table(["ID", "Namespace", "Type", "Priority", "Status", "Submitted"], jobs.Select(j => new[]
            {
                j.Id, j.Namespace, j.Type?.ToString(), j.Priority?.ToString(), j.Status?.ToString(), j.SubmitTime?.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", null),
            }));
        }
    }

    public void Job(Job job)
    {
        if (Json(job))
        {
            return;
        }

        output.WriteLine($"ID            = {job.Id}");
        output.WriteLine($"Name          = {job.Name}");
        output.WriteLine($"Namespace     = {job.Namespace}");
        output.WriteLine($"Type          = {job.Type}");
        output.WriteLine($"Status        = {job.Status}");
        output.WriteLine($"Version       = {job.Version} (stable: {job.Stable})");
        output.WriteLine($"Datacenters   = {string.Join(",", job.Datacenters ?? [])}");
        output.WriteLine($"Submitted     = {Time(job.SubmitTime)}");
        output.WriteLine("Task groups:");
        foreach (var group in job.TaskGroups ?? [])
        {
            var tasks = string.Join(", ", group.Tasks?.Select(t => $"{t.Name} ({t.Driver}{(t.Config?.TryGetValue("image", out var image) == true ? $" {image}" : "")})") ?? []);
            output.WriteLine($"  {group.Name}: count {group.Count}, canary {group.Update?.Canary ?? 0}, tasks {tasks}");
        }
    }

    public void Deployments(List<Deployment> deployments)
    {
        if (!Json(deployments))
        {
            Table(["ID", "Job", "Version", "Status", "Description"], deployments.Select(d => new[]
            {
                Short(d.Id), d.JobId, d.JobVersion?.ToString(), d.Status?.ToString(), d.StatusDescription,
            }));
        }
    }

    public void Deployment(Deployment deployment)
    {
        if (Json(deployment))
        {
            return;
        }

        output.WriteLine($"ID          = {deployment.Id}");
        output.WriteLine($"Job         = {deployment.JobId} (version {deployment.JobVersion}, namespace {deployment.Namespace})");
        output.WriteLine($"Status      = {deployment.Status}");
        output.WriteLine($"Description = {deployment.StatusDescription}");
        Table(["Task Group", "Promoted", "Desired", "Canaries", "Placed", "Healthy", "Unhealthy"], (deployment.TaskGroups ?? new Dictionary<string, DeploymentState>()).Select(g => new[]
        {
            g.Key, g.Value.DesiredCanaries > 0 ? (g.Value.Promoted == true).ToString().ToLowerInvariant() : "-", g.Value.DesiredTotal?.ToString(),
            g.Value.DesiredCanaries?.ToString(), g.Value.PlacedAllocs?.ToString(), g.Value.HealthyAllocs?.ToString(), g.Value.UnhealthyAllocs?.ToString(),
        }));
    }

    /// <summary>One line per change while watching (one JSON document per line with <c>--json</c>).</summary>
    public void DeploymentChange(Deployment d)
    {
        if (json)
        {
            output.WriteLine(ToJson(d).ReplaceLineEndings(string.Empty));
            return;
        }

        var groups = string.Join("; ", (d.TaskGroups ?? new Dictionary<string, DeploymentState>()).Select(g =>
            $"{g.Key} {g.Value.HealthyAllocs}/{g.Value.DesiredTotal} healthy" +
            (g.Value.DesiredCanaries > 0 ? $", canaries {g.Value.PlacedCanaries?.Count ?? 0}/{g.Value.DesiredCanaries}{(g.Value.Promoted == true ? " promoted" : "")}" : "") +
            (g.Value.UnhealthyAllocs > 0 ? $", {g.Value.UnhealthyAllocs} unhealthy" : "")));
        output.WriteLine($"{DateTime.Now:HH:mm:ss} {d.Status,-10} {groups} - {d.StatusDescription}");
    }

    public void Update(string what, DeploymentUpdateResponse result)
    {
        if (!Json(result))
        {
            output.WriteLine($"{what}: evaluation {Short(result.EvalId)}{(result.RevertedJobVersion is { } v ? $", job reverted to version {v}" : "")}.");
        }
    }

    public void Allocations(List<AllocationListStub> allocations)
    {
        if (!Json(allocations))
        {
            Table(["ID", "Name", "Node", "Version", "Desired", "Status", "Tasks"], allocations.Select(a => new[]
            {
                Short(a.Id), a.Name, a.NodeName, a.JobVersion?.ToString(), a.DesiredStatus?.ToString(), a.ClientStatus?.ToString(),
                string.Join(",", a.TaskStates?.Select(t => $"{t.Key}:{t.Value.State}") ?? []),
            }));
        }
    }

    public void Allocation(Allocation allocation)
    {
        if (Json(allocation))
        {
            return;
        }

        output.WriteLine($"ID            = {allocation.Id}");
        output.WriteLine($"Name          = {allocation.Name}");
        output.WriteLine($"Node          = {allocation.NodeName} ({Short(allocation.NodeId)})");
        output.WriteLine($"Job           = {allocation.JobId}, group {allocation.TaskGroup}");
        output.WriteLine($"Desired       = {allocation.DesiredStatus} {allocation.DesiredDescription}");
        output.WriteLine($"Client status = {allocation.ClientStatus} ({allocation.ClientDescription})");
        if (allocation.DeploymentStatus is { } health)
        {
            output.WriteLine($"Deployment    = {Short(allocation.DeploymentId)}, healthy: {health.Healthy?.ToString() ?? "unset"}, canary: {health.Canary == true}");
        }

        foreach (var (name, task) in allocation.TaskStates ?? new Dictionary<string, TaskState>())
        {
            output.WriteLine($"Task \"{name}\" is \"{task.State}\" (restarts {task.Restarts ?? 0})");
            foreach (var e in task.Events ?? [])
            {
                output.WriteLine($"  {e.Time?.ToLocalTime():HH:mm:ss}  {e.Type,-15} {e.DisplayMessage}");
            }
        }
    }

    public void AllocationChange(Allocation a)
    {
        if (json)
        {
            output.WriteLine(ToJson(a).ReplaceLineEndings(string.Empty));
            return;
        }

        var tasks = string.Join(", ", (a.TaskStates ?? new Dictionary<string, TaskState>()).Select(t =>
            $"{t.Key} {t.Value.State} ({t.Value.Events?.LastOrDefault()?.Type})"));
        var health = a.DeploymentStatus?.Healthy is { } healthy ? (healthy ? ", healthy" : ", unhealthy") : "";
        output.WriteLine($"{DateTime.Now:HH:mm:ss} {a.ClientStatus,-8} desired {a.DesiredStatus}{health}: {tasks}");
    }

    public void Event(NomadEvent e)
    {
        if (json)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("Index", e.Index);
                    writer.WriteString("Topic", e.Topic.Value);
                    writer.WriteString("Type", e.Type);
                    writer.WriteString("Key", e.Key);
                    writer.WriteString("Namespace", e.Namespace);
                    writer.WritePropertyName("Payload");
                    e.Payload.WriteTo(writer);
                    writer.WriteEndObject();
                }

                output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }


            return;
        }

        var what = e.Topic == NomadEventTopic.Deployment && e.Deployment is { } d ? $"{d.JobId} v{d.JobVersion} {d.Status} - {d.StatusDescription}"
            : e.Topic == NomadEventTopic.Allocation && e.Allocation is { } a ? $"{a.Name} {a.ClientStatus}{(a.DeploymentStatus?.Healthy is { } h ? (h ? " healthy" : " unhealthy") : "")}"
            : e.Topic == NomadEventTopic.Evaluation && e.Evaluation is { } ev ? $"{ev.JobId} {ev.Status} ({ev.TriggeredBy})"
            : e.Topic == NomadEventTopic.Job && e.Job is { } j ? $"version {j.Version} {j.Status}"
            : "";
        output.WriteLine($"{e.Index,6} {e.Topic,-10} {e.Type,-22} {Short(e.Key)} {what}");
    }

    public void Stats(AllocResourceUsage usage)
    {
        if (Json(usage))
        {
            return;
        }

        var rows = (usage.Tasks ?? new Dictionary<string, TaskResourceUsage>())
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => Usage(t.Key, t.Value.ResourceUsage))
            .Prepend(Usage("(allocation)", usage.ResourceUsage));
        Table(["Task", "CPU %", "CPU ticks", "Memory RSS", "Memory max"], rows);
    }

    private static string?[] Usage(string name, ResourceUsage? usage) =>
    [
        name,
        usage?.CpuStats?.Percent?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        usage?.CpuStats?.TotalTicks?.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        Bytes(usage?.MemoryStats?.RSS),
        Bytes(usage?.MemoryStats?.MaxUsage),
    ];

    private static string? Bytes(ulong? bytes) => bytes is { } b ? $"{b / (1024.0 * 1024):0.0} MiB" : null;

    private static string ToJson<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T)));

    private bool Json<T>(T value)
    {
        if (json)
        {
            output.WriteLine(ToJson(value));
        }

        return json;
    }

    private void Table(string[] headers, IEnumerable<string?[]> rows)
    {
        var all = rows.Select(r => r.Select(c => c ?? "").ToArray()).Prepend(headers).ToList();
        var widths = headers.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }
    }

    private static string? Short(string? id) => id is { Length: > 8 } ? id[..8] : id;

    private static string Time(long? unixNanos) =>
        unixNanos is { } n ? DateTimeOffset.FromUnixTimeMilliseconds(n / 1_000_000).ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", null) : "";
}
