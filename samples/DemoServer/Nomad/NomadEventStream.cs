using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// Nomad's event stream, <c>GET /v1/event/stream</c>: newline-delimited JSON, one <c>{"Index":N,"Events":[…]}</c> line per
/// change and a <c>{}</c> heartbeat when nothing happened for a while; <c>topic</c> (repeated, <c>Topic</c> or
/// <c>Topic:Key</c>), <c>index</c> (replay from there while the buffer has it) and <c>namespace</c>. A long response
/// writes to the ASP.NET Core response itself, line by line.
/// </summary>
internal sealed class NomadEventStream(NomadCluster cluster, TimeSpan heartbeat, CancellationToken stopping)
{
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/v1/event/stream", StreamAsync);

    private async Task StreamAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var topics = query["topic"].Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).DefaultIfEmpty("*").ToList();
        var ns = query["namespace"].FirstOrDefault() is { Length: > 0 } wanted ? wanted : "default";
        var (next, _) = cluster.Read(c => c.Index + 1);
        if (ulong.TryParse(query["index"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var from) && from > 0)
        {
            next = from;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "application/json";
        context.Response.Headers["X-Nomad-Index"] = next.ToString(CultureInfo.InvariantCulture);
        await context.Response.Body.FlushAsync(done.Token).ConfigureAwait(false);
        try
        {
            while (!done.IsCancellationRequested)
            {
                var (batches, changed) = cluster.Read(c => c.EventsFrom(next));
                foreach (var batch in batches)
                {
                    next = batch.Index + 1;
                    var events = batch.Events.Where(e => (ns == "*" || e.Namespace == ns) && topics.Exists(e.Matches)).ToList();
                    if (events.Count > 0)
                    {
                        var line = new JsonObject
                        {
                            ["Index"] = batch.Index,
                            ["Events"] = new JsonArray([.. events.Select(e => e.ToJson(batch.Index))]),
                        };
                        await WriteLineAsync(context, line.ToJsonString(), done.Token).ConfigureAwait(false);
                    }
                }

                if (await Task.WhenAny(changed, Task.Delay(heartbeat, done.Token)).ConfigureAwait(false) != changed)
                {
                    await WriteLineAsync(context, "{}", done.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The client went away or the server stops: the stream just ends.
        }
    }

    private static async Task WriteLineAsync(HttpContext context, string json, CancellationToken cancellationToken)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(json + "\n"), cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
