using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// The account's stacks (<c>/api/3/stacks</c>, paged; <c>/api/3/stacks/:id</c>): the demo stack, busy while a redeploy
/// runs, and six settled ones so the list has two pages.
/// </summary>
internal sealed partial class Cloud66Simulation
{
    private static readonly (string Name, string Environment, string Framework)[] OtherStacks =
    [
        ("billing", "production", "rails"),
        ("docs", "production", "docker"),
        ("api-staging", "staging", "docker"),
        ("web", "production", "node"),
        ("reports", "production", "rails"),
        ("sandbox", "development", "docker"),
    ];

    private DemoResponse ListStacks(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            return Page(request, Stacks());
        }
    }

    private DemoResponse GetStack(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            return DemoResponse.Json(new JsonObject
            {
                ["response"] = Stacks().FirstOrDefault(s => (string?)s["uid"] == request["stack"])
                    ?? throw new DemoHttpException(404, """{"error":"stack_not_found","error_description":"Stack not found"}""", "application/json"),
            });
        }
    }

    private IEnumerable<JsonObject> Stacks()
    {
        var now = _time.GetUtcNow();
        var busy = _deployments.Exists(d => d.FinishedAt is null);
        var last = _deployments[^1];
        yield return Stack(StackId, "api", "production", "docker", busy ? 6 : last.Outcome == "failed" ? 2 : 1, busy ? 1 : 3, busy, last.StartedAt, now - TimeSpan.FromDays(90));
        for (var i = 0; i < OtherStacks.Length; i++)
        {
            var (name, environment, framework) = OtherStacks[i];
            var uid = NomadFormat.Uuid($"cloud66-stack-{name}").Replace("-", string.Empty, StringComparison.Ordinal);
            yield return Stack(uid, name, environment, framework, 1, 3, false, now - TimeSpan.FromDays(i + 2), now - TimeSpan.FromDays(100 + i));
        }
    }

    /// <summary>A stack as Cloud66 v3 answers it. Status 1 deployed, 2 failed, 6 deploying; health 1 building, 3 healthy.</summary>
    private static JsonObject Stack(string uid, string name, string environment, string framework, int status, int health, bool busy, DateTimeOffset lastActivity, DateTimeOffset created) => new()
    {
        ["uid"] = uid,
        ["name"] = name,
        ["git"] = $"git@github.com:example/{name}.git",
        ["git_branch"] = "main",
        ["environment"] = environment,
        ["cloud"] = "aws",
        ["fqdn"] = $"{name}-{environment}.c66.me",
        ["language"] = framework == "rails" ? "ruby" : framework == "node" ? "node" : "docker",
        ["framework"] = framework,
        ["status"] = status,
        ["health"] = health,
        ["last_activity"] = Iso(lastActivity),
        ["last_activity_iso"] = Iso(lastActivity),
        ["maintenance_mode"] = false,
        ["has_loadbalancer"] = environment == "production",
        ["created_at"] = Iso(created),
        ["updated_at"] = Iso(lastActivity),
        ["deploy_directory"] = $"/var/deploy/{name}/web_head/current",
        ["cloud_status"] = "partial",
        ["created_at_iso"] = Iso(created),
        ["updated_at_iso"] = Iso(lastActivity),
        ["redeploy_hook"] = $"https://hooks.cloud66.com/stacks/redeploy/{uid[..8]}/{uid[8..]}",
        ["is_busy"] = busy,
    };

    private static string Iso(DateTimeOffset time) => Time(time);
}
