using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// The client (node) endpoints a diagnosis reads: a task's logs (<c>/v1/client/fs/logs/:alloc_id</c>), an allocation's
/// resource usage (<c>…/allocation/:id/stats</c>) and its Nomad service checks (<c>…/allocation/:id/checks</c>).
/// </summary>
internal sealed class NomadClientApi(NomadCluster cluster, TimeProvider time, TimeSpan heartbeat, CancellationToken stopping)
{
    public void Map(DemoRouter router, IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/client/fs/logs/{id}", LogsAsync);
        router.Map("GET", "/v1/client/allocation/{id}/stats", Stats);
        router.Map("GET", "/v1/client/allocation/{id}/checks", Checks);
    }

    /// <summary>
    /// <c>task</c>, <c>type</c> (stdout or stderr), <c>origin</c> (start or end) and <c>offset</c>, <c>follow</c>,
    /// <c>plain</c>. Framed (the default): a stream of <c>{"File":…,"Offset":…,"Data":base64}</c> objects, and <c>{}</c>
    /// heartbeats while a followed log is quiet; <c>plain=true</c>: the bytes themselves. A followed log ends when its
    /// task is dead and everything was sent.
    /// </summary>
    private async Task LogsAsync(HttpContext context, string id)
    {
        var query = context.Request.Query;
        var taskName = query["task"].ToString();
        var type = query["type"].ToString();
        if (!TryFlag(query["follow"], out var follow) || !TryFlag(query["plain"], out var plain))
        {
            await TextAsync(context, 400, "Failed to parse follow or plain: invalid syntax");
            return;
        }

        if (taskName.Length == 0 || type is not ("stdout" or "stderr"))
        {
            await TextAsync(context, 400, taskName.Length == 0 ? "must include task name" : "must provide a log type (stdout or stderr)");
            return;
        }

        var (task, _) = cluster.Read(c => c.Allocations.Find(a => a.Id == id) is { } a && a.Tasks.TryGetValue(taskName, out var t) ? t : null);
        if (task is null)
        {
            await TextAsync(context, 404, cluster.Read(c => c.Allocations.Exists(a => a.Id == id)).Value ? $"unknown task name \"{taskName}\"" : "Unknown allocation");
            return;
        }

        var (length, _) = cluster.Read(_ => Log(task, type).Length);
        var offset = long.TryParse(query["offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var position = (int)Math.Clamp(query["origin"] == "end" ? length - offset : offset, 0, length);
        var file = $"alloc/logs/{taskName}.{type}.0";
        context.Response.ContentType = plain ? "text/plain; charset=utf-8" : "application/json";
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var quietSince = time.GetUtcNow();
        try
        {
            while (true)
            {
                var ((text, dead), changed) = cluster.Read(_ => (Log(task, type).ToString(position, Log(task, type).Length - position), task.State == "dead"));
                if (text.Length > 0)
                {
                    position += text.Length;
                    var frame = plain ? text : new JsonObject { ["File"] = file, ["Offset"] = position, ["Data"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) }.ToJsonString();
                    await context.Response.WriteAsync(frame, done.Token);
                    await context.Response.Body.FlushAsync(done.Token);
                    quietSince = time.GetUtcNow();
                }

                if (!follow || dead)
                {
                    return;
                }

                if (!plain && time.GetUtcNow() - quietSince >= heartbeat)
                {
                    await context.Response.WriteAsync("{}", done.Token);
                    await context.Response.Body.FlushAsync(done.Token);
                    quietSince = time.GetUtcNow();
                }

                // A log grows without a new index, so look again shortly as well as on the next change.
                await Task.WhenAny(changed, Task.Delay(TimeSpan.FromMilliseconds(100), time, done.Token));
                done.Token.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The client went away or the server stops.
        }
    }

    /// <summary>Resource usage of a running allocation and of each of its tasks, as a client reports it.</summary>
    private DemoResponse Stats(DemoRequest request)
    {
        var (answer, _) = cluster.Read(c =>
        {
            if (c.Allocations.Find(a => a.Id == request["id"]) is not { } alloc)
            {
                throw new DemoHttpException(404, "Unknown allocation");
            }

            if (alloc.IsTerminal || alloc.ClientStatus != "running")
            {
                throw new DemoHttpException(500, $"Allocation \"{alloc.Id}\" is not running on this client");
            }

            var now = NomadFormat.UnixNanos(time.GetUtcNow());
            var tasks = new JsonObject();
            var (rss, ticks) = (0L, 0.0);
            foreach (var (name, task) in alloc.Tasks)
            {
                // Derived from how long the task has logged, so numbers move and two runs agree.
                var taskRss = (40L << 20) + (task.Stdout.Length * 512L);
                var taskTicks = 120.0 + (task.Stdout.Length % 97);
                (rss, ticks) = (rss + taskRss, ticks + taskTicks);
                tasks[name] = new JsonObject { ["ResourceUsage"] = Usage(taskRss, taskTicks), ["Timestamp"] = now, ["Pids"] = null };
            }

            return new JsonObject { ["ResourceUsage"] = Usage(rss, ticks), ["Tasks"] = tasks, ["Timestamp"] = now };
        });
        return DemoResponse.Json(answer);

        static JsonObject Usage(long rss, double ticks) => new()
        {
            ["MemoryStats"] = new JsonObject
            {
                ["RSS"] = rss,
                ["Cache"] = 4L << 20,
                ["Swap"] = 0,
                ["MappedFile"] = 0,
                ["Usage"] = rss + (4L << 20),
                ["MaxUsage"] = rss + (8L << 20),
                ["KernelUsage"] = 0,
                ["KernelMaxUsage"] = 0,
                ["Measured"] = new JsonArray("RSS", "Cache", "Swap", "Usage", "Max Usage"),
            },
            ["CpuStats"] = new JsonObject
            {
                ["SystemMode"] = ticks / 4,
                ["UserMode"] = ticks * 3 / 4,
                ["TotalTicks"] = ticks,
                ["ThrottledPeriods"] = 0,
                ["ThrottledTime"] = 0,
                ["Percent"] = ticks / 40,
                ["Measured"] = new JsonArray("System Mode", "User Mode", "Percent"),
            },
            ["DeviceStats"] = null,
        };
    }

    /// <summary>
    /// The allocation's Nomad-provider service check, keyed by check ID: passing once it is healthy, failing while its
    /// task crashes, absent before its tasks start.
    /// </summary>
    private DemoResponse Checks(DemoRequest request)
    {
        var (answer, _) = cluster.Read(c =>
        {
            if (c.Allocations.Find(a => a.Id == request["id"]) is not { } alloc)
            {
                throw new DemoHttpException(404, "Unknown allocation");
            }

            var checks = new JsonObject();
            var (status, code, output) = alloc.Phase switch
            {
                AllocPhase.Running or AllocPhase.Settled when alloc.DesiredStatus == "run" => ("success", 200, "nomad: http ok"),
                AllocPhase.Restarting or AllocPhase.Failed => ("failure", 0, "nomad: Get \"http://10.0.0.5:8080/health\": dial tcp 10.0.0.5:8080: connect: connection refused"),
                _ => (null, 0, null),
            };
            if (status is not null)
            {
                var checkId = NomadFormat.Uuid($"check-{alloc.Id}").Replace("-", string.Empty, StringComparison.Ordinal);
                checks[checkId] = new JsonObject
                {
                    ["ID"] = checkId,
                    ["Check"] = $"{alloc.TaskGroup}-health",
                    ["Group"] = $"{alloc.JobId}.{alloc.TaskGroup}[{alloc.Name[(alloc.Name.LastIndexOf('[') + 1)..^1]}]",
                    ["Mode"] = "healthiness",
                    ["Output"] = output,
                    ["Service"] = $"{alloc.JobId}-{alloc.TaskGroup}",
                    ["Status"] = status,
                    ["StatusCode"] = code,
                    ["Task"] = string.Empty,
                    ["Timestamp"] = time.GetUtcNow().ToUnixTimeSeconds(),
                };
            }

            return checks;
        });
        return DemoResponse.Json(answer);
    }

    private static StringBuilder Log(TaskLife task, string type) => type == "stderr" ? task.Stderr : task.Stdout;

    private static bool TryFlag(Microsoft.Extensions.Primitives.StringValues value, out bool flag)
    {
        flag = value.ToString() is "1" or "t" or "T" or "true" or "TRUE" or "True";
        return value.Count == 0 || flag || value.ToString() is "0" or "f" or "F" or "false" or "FALSE" or "False";
    }

    private static Task TextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text);
    }
}
