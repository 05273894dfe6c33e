using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>The demo cluster's starting point, built by running the simulation itself on a clock set in the past.</summary>
internal sealed partial class NomadCluster
{
    /// <summary>
    /// What the demo starts with:
    /// <list type="bullet">
    /// <item><c>example</c>, <c>hello</c>, <c>docs</c> (namespace <c>staging</c>): running, their deployments successful.</item>
    /// <item><c>nightly-report</c>: a batch job that has finished.</item>
    /// <item><c>web</c>: version 1's canary is healthy; the deployment waits for someone to promote it.</item>
    /// <item><c>api</c>: version 1 rolling out with an auto-promoted canary; it ends successful after a few steps.</item>
    /// <item><c>billing</c>: version 1 crashes on start; its deployment fails and Nomad rolls back to version 0.</item>
    /// </list>
    /// </summary>
    private void Seed()
    {
        var now = _time.GetUtcNow();
        _seedClock = now - TimeSpan.FromHours(3);
        Write(c =>
        {
            c.Register(ServiceJob("example", "cache", "redis", "redis:7.2", count: 3, canary: 0, maxParallel: 1));
            c.Register(ServiceJob("hello", "web", "server", "hashicorp/http-echo:1.0", count: 3, canary: 1, maxParallel: 1, autoRevert: true));
            c.Register(ServiceJob("api", "api", "server", "example/api:1.4.0", count: 3, canary: 1, maxParallel: 2, autoPromote: true));
            c.Register(ServiceJob("web", "frontend", "nginx", "nginx:1.27", count: 3, canary: 1, maxParallel: 1));
            c.Register(ServiceJob("billing", "worker", "worker", "example/billing:2.3.0", count: 2, canary: 0, maxParallel: 2, autoRevert: true));
            c.Register(ServiceJob("docs", "site", "hugo", "example/docs:latest", count: 1, canary: 0, maxParallel: 1, ns: "staging"));
            c.Register(BatchJob("nightly-report", "report", "generate", "example/report:3.1"));
            return 0;
        });
        RunUntilSettled();

        _seedClock = now - TimeSpan.FromMinutes(20);
        Write(c => c.Register(ServiceJob("web", "frontend", "nginx", "nginx:1.28", count: 3, canary: 1, maxParallel: 1)));
        RunUntilSettled();

        _seedClock = now - TimeSpan.FromSeconds(2);
        Write(c =>
        {
            c.Register(ServiceJob("api", "api", "server", "example/api:1.5.0", count: 3, canary: 1, maxParallel: 2, autoPromote: true));
            c.Register(ServiceJob("billing", "worker", "worker", "example/billing:2.4.0-broken", count: 2, canary: 0, maxParallel: 2, autoRevert: true));
            return 0;
        });
        Step();
        _seedClock = null;
    }

    /// <summary>Steps until nothing moves but deployments waiting for a promotion.</summary>
    private void RunUntilSettled()
    {
        for (var i = 0; i < 50; i++)
        {
            var waiting = Read(c => !c.Evaluations.Exists(e => e.Status == "pending")
                && !c.Allocations.Exists(a => a.Phase is AllocPhase.Placed or AllocPhase.Running or AllocPhase.Restarting or AllocPhase.Stopping)
                && c.Deployments.Where(d => d.Status == "running").All(d => d.StatusDescription.Contains("promotion", StringComparison.Ordinal))).Value;
            if (waiting)
            {
                return;
            }

            Step();
            _seedClock += TimeSpan.FromSeconds(12);
        }
    }

    private static JsonObject ServiceJob(
        string id, string group, string task, string image, int count, int canary, int maxParallel,
        bool autoPromote = false, bool autoRevert = false, string ns = "default") => new()
        {
            ["ID"] = id,
            ["Name"] = id,
            ["Namespace"] = ns,
            ["Type"] = "service",
            ["Datacenters"] = new JsonArray("dc1"),
            ["Update"] = new JsonObject
            {
                ["MaxParallel"] = maxParallel,
                ["Canary"] = canary,
                ["AutoPromote"] = autoPromote,
                ["AutoRevert"] = autoRevert,
                ["MinHealthyTime"] = 10_000_000_000,
                ["HealthyDeadline"] = 300_000_000_000,
                ["ProgressDeadline"] = 600_000_000_000,
            },
            ["TaskGroups"] = new JsonArray(Group(group, task, image, count)),
        };

    private static JsonObject BatchJob(string id, string group, string task, string image) => new()
    {
        ["ID"] = id,
        ["Name"] = id,
        ["Type"] = "batch",
        ["Datacenters"] = new JsonArray("dc1"),
        ["TaskGroups"] = new JsonArray(Group(group, task, image, 1)),
    };

    private static JsonObject Group(string name, string task, string image, int count) => new()
    {
        ["Name"] = name,
        ["Count"] = count,
        ["Tasks"] = new JsonArray(new JsonObject
        {
            ["Name"] = task,
            ["Driver"] = "docker",
            ["Config"] = new JsonObject { ["image"] = image },
            ["Resources"] = new JsonObject { ["CPU"] = 200, ["MemoryMB"] = 256 },
        }),
    };
}
