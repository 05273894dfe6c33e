using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>The cluster's event log: what Nomad's event stream (<c>/v1/event/stream</c>) sends, one batch per change.</summary>
internal sealed partial class NomadCluster
{
    private const int EventBufferBatches = 1000;
    private readonly List<NomadEventBatch> _events = [];

    /// <summary>The batches with an index at or above <paramref name="fromIndex"/>, oldest first.</summary>
    public List<NomadEventBatch> EventsFrom(ulong fromIndex) => _events.Where(b => b.Index >= fromIndex).ToList();

    /// <summary>Records one event per object the operation at <paramref name="index"/> changed, as Nomad's event broker does.</summary>
    private void RecordEvents(ulong index)
    {
        var events = new List<NomadEventRecord>();
        foreach (var job in Jobs.Where(j => j.ModifyIndex == index))
        {
            events.Add(new("Job", job.Stop ? "JobDeregistered" : "JobRegistered", job.Id, job.Namespace, [], "Job", job.ToJson()));
        }

        foreach (var eval in Evaluations.Where(e => e.ModifyIndex == index))
        {
            events.Add(new("Evaluation", "EvaluationUpdated", eval.Id, eval.Namespace, [eval.JobId, .. Optional(eval.DeploymentId)], "Evaluation", eval.ToJson()));
        }

        foreach (var deployment in Deployments.Where(d => d.ModifyIndex == index))
        {
            events.Add(new("Deployment", "DeploymentStatusUpdate", deployment.Id, deployment.Namespace, [deployment.JobId], "Deployment", deployment.ToJson()));
        }

        foreach (var alloc in Allocations.Where(a => a.ModifyIndex == index))
        {
            var type = alloc.CreateIndex == index ? "PlanResult" : "AllocationUpdated";
            events.Add(new("Allocation", type, alloc.Id, alloc.Namespace, [alloc.JobId, .. Optional(alloc.DeploymentId)], "Allocation", alloc.ToStub()));
        }

        if (events.Count == 0)
        {
            return;
        }

        _events.Add(new NomadEventBatch(index, events));
        if (_events.Count > EventBufferBatches)
        {
            _events.RemoveAt(0);
        }

        static IEnumerable<string> Optional(string? value) => value is null ? [] : [value];
    }
}

/// <summary>The events of one index.</summary>
internal sealed record NomadEventBatch(ulong Index, List<NomadEventRecord> Events);

/// <summary>One event: topic, type, key, namespace, filter keys and the object as it is after the change.</summary>
internal sealed record NomadEventRecord(string Topic, string Type, string Key, string Namespace, List<string> FilterKeys, string PayloadName, JsonObject Payload)
{
    /// <summary>Whether a <c>topic</c> parameter (<c>Topic</c>, <c>Topic:Key</c>, <c>*</c>) selects this event.</summary>
    public bool Matches(string filter)
    {
        var colon = filter.IndexOf(':', StringComparison.Ordinal);
        var topic = colon < 0 ? filter : filter[..colon];
        var key = colon < 0 ? "*" : filter[(colon + 1)..];
        return (topic == "*" || topic == Topic) && (key == "*" || key == Key || FilterKeys.Contains(key));
    }

    public JsonObject ToJson(ulong index) => new()
    {
        ["Topic"] = Topic,
        ["Type"] = Type,
        ["Key"] = Key,
        ["Namespace"] = Namespace,
        ["FilterKeys"] = new JsonArray([.. FilterKeys.Select(k => JsonValue.Create(k))]),
        ["Index"] = index,
        ["Payload"] = new JsonObject { [PayloadName] = Payload.DeepClone() },
    };
}
