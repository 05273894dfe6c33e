using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeploymentSdk.Nomad.Tests.Events;

/// <summary>Builds event-stream lines in the shape Nomad writes them (field order of its Go structs).</summary>
internal static class EventFrames
{
    /// <summary>The heartbeat Nomad sends when the subscription starts and every 30 s.</summary>
    public const string Heartbeat = "{}";

    public static string Event(string topic, string type, string key, ulong index, string payloadJson, string ns = "default", params string[] filterKeys) =>
        $$"""{"Topic":"{{topic}}","Type":"{{type}}","Key":"{{key}}","Namespace":"{{ns}}","FilterKeys":{{(filterKeys.Length == 0 ? "null" : "[" + string.Join(",", filterKeys.Select(k => $"\"{k}\"")) + "]")}},"Index":{{index}},"Payload":{{Compact(payloadJson)}}}""";

    public static string Batch(ulong index, params string[] events) =>
        $$"""{"Index":{{index}},"Events":[{{string.Join(",", events)}}]}""";

    /// <summary>A <c>DeploymentStatusUpdate</c> event of deployment <paramref name="id"/> of job <paramref name="job"/>.</summary>
    public static string Deployment(string id, ulong index, string status = "running", string job = "example") =>
        Event("Deployment", "DeploymentStatusUpdate", id, index,
            $$$"""{"Deployment":{"ID":"{{{id}}}","Namespace":"default","JobID":"{{{job}}}","Status":"{{{status}}}","StatusDescription":"Deployment is {{{status}}}","ModifyIndex":{{{index}}}}}""",
            filterKeys: job);

    /// <summary>An <c>AllocationUpdated</c> event of allocation <paramref name="id"/> in a deployment of a job.</summary>
    public static string Allocation(string id, ulong index, string deploymentId, string job = "example") =>
        Event("Allocation", "AllocationUpdated", id, index,
            $$$"""{"Allocation":{"ID":"{{{id}}}","JobID":"{{{job}}}","DeploymentID":"{{{deploymentId}}}","ClientStatus":"running","ModifyIndex":{{{index}}}}}""",
            "default", job, deploymentId);

    /// <summary>JSON on one line, as a line of the stream must be; non-ASCII text stays UTF-8, as Nomad writes it.</summary>
    public static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// A token that ends a test which would otherwise wait forever: a stream reconnects after every drop by design, so
    /// a broken server handler would loop instead of failing.
    /// </summary>
    public static CancellationToken Safety() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>Options that reconnect quickly, so tests of drops take milliseconds.</summary>
    public static NomadEventStreamOptions FastOptions() => new()
    {
        MinReconnectDelay = TimeSpan.FromMilliseconds(10),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(40),
    };
}
