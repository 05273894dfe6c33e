using System.Globalization;
using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// Cloud66 stack deployments (<c>/api/3/stacks/:stack_id/deployments</c>) and stack actions over one simulated stack.
/// A redeploy answers with an <c>async_action_id</c>; the action and its deployment finish successfully after a few
/// steps. Lists page by page number (five per page, newest first). Any bearer token is accepted; none is a 401.
/// </summary>
internal sealed partial class Cloud66Simulation
{
    /// <summary>The demo's stack UID.</summary>
    public const string StackId = "5999b763474b0eafa5fafb64bff0ba80";

    private const int PerPage = 5;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly List<C66Deployment> _deployments = [];
    private readonly List<C66Action> _actions = [];
    private long _nextDeploymentId = 101;
    private long _nextActionId = 4201;

    public Cloud66Simulation(TimeProvider time)
    {
        _time = time;
        var now = time.GetUtcNow();
        for (var days = 6; days >= 1; days--)
        {
            var started = now - TimeSpan.FromDays(days);
            _deployments.Add(new C66Deployment(_nextDeploymentId++, started, "api", days == 4 ? null : "ci@example.com")
            {
                FinishedAt = started + TimeSpan.FromMinutes(4),
                Outcome = days == 4 ? "failed" : "success",
            });
        }
    }

    public void Map(DemoRouter router)
    {
        router.Map("GET", "/api/3/stacks", ListStacks);
        router.Map("GET", "/api/3/stacks/{stack}", GetStack);
        router.Map("GET", "/api/3/stacks/{stack}/deployments", List);
        router.Map("POST", "/api/3/stacks/{stack}/deployments", Redeploy);
        router.Map("GET", "/api/3/stacks/{stack}/deployments/{id}", Get);
        router.Map("DELETE", "/api/3/stacks/{stack}/deployments/{id}", Cancel);
        router.Map("GET", "/api/3/stacks/{stack}/actions/{id}", GetAction);
    }

    /// <summary>Moves every running deployment one step on; the fourth step finishes it.</summary>
    public void Step()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var deployment in _deployments.Where(d => d.FinishedAt is null))
            {
                if (++deployment.Steps < 4)
                {
                    continue;
                }

                deployment.FinishedAt = now;
                deployment.Outcome = "success";
                foreach (var action in _actions.Where(a => a.DeploymentId == deployment.Id && a.FinishedAt is null))
                {
                    action.FinishedAt = now;
                    action.Success = true;
                    action.Message = "Stack redeployed successfully";
                }
            }

            foreach (var deployment in _deployments.Where(d => d.FinishedAt is not null))
            {
                deployment.IsLive = ReferenceEquals(deployment, _deployments.FindLast(d => d.Outcome == "success"));
            }
        }
    }

    private DemoResponse List(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            return Page(request, _deployments.AsEnumerable().Reverse().Select(d => d.ToJson()));
        }
    }

    /// <summary>A Cloud66 list: the <c>page</c>-th page (five per page) and <c>pagination</c> by page number.</summary>
    private static DemoResponse Page(DemoRequest request, IEnumerable<JsonObject> items)
    {
        var all = items.ToList();
        var pages = Math.Max(1, (all.Count + PerPage - 1) / PerPage);
        var page = request.QueryValue("page") is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        return DemoResponse.Json(new JsonObject
        {
            ["response"] = new JsonArray([.. all.Skip((page - 1) * PerPage).Take(PerPage)]),
            ["count"] = all.Count,
            ["pagination"] = new JsonObject
            {
                ["previous"] = page > 1 ? page - 1 : null,
                ["next"] = page < pages ? page + 1 : null,
                ["current"] = page,
                ["per_page"] = PerPage,
                ["count"] = all.Count,
                ["pages"] = pages,
            },
        });
    }

    private DemoResponse Get(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            return DemoResponse.Json(new JsonObject { ["response"] = Find(request).ToJson() });
        }
    }

    private DemoResponse Redeploy(DemoRequest request)
    {
        Authorize(request);
        Stack(request);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var deployment = new C66Deployment(_nextDeploymentId++, now, "api", "api@example.com");
            _deployments.Add(deployment);
            var action = new C66Action(_nextActionId++, deployment.Id, now, request.QueryValue("user_reference"));
            _actions.Add(action);
            return DemoResponse.Json(new JsonObject
            {
                ["response"] = new JsonObject
                {
                    ["ok"] = true,
                    ["message"] = "Stack queued for redeployment",
                    ["queued"] = false,
                    ["async_action_id"] = action.Id,
                },
            });
        }
    }

    private DemoResponse Cancel(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            var deployment = Find(request);
            if (deployment.FinishedAt is not null)
            {
                throw Error(409, "conflict", "The deployment has already finished.");
            }

            deployment.FinishedAt = _time.GetUtcNow();
            deployment.Outcome = "failed";
            foreach (var action in _actions.Where(a => a.DeploymentId == deployment.Id && a.FinishedAt is null))
            {
                action.FinishedAt = deployment.FinishedAt;
                action.Success = false;
                action.Message = "Deployment cancelled";
            }

            return DemoResponse.Json(new JsonObject { ["response"] = new JsonObject { ["ok"] = true, ["message"] = "Deployment cancelled" } });
        }
    }

    private DemoResponse GetAction(DemoRequest request)
    {
        Authorize(request);
        Stack(request);
        lock (_gate)
        {
            var action = _actions.Find(a => a.Id.ToString(CultureInfo.InvariantCulture) == request["id"])
                ?? throw Error(404, "not_found", "The action was not found.");
            return DemoResponse.Json(new JsonObject { ["response"] = action.ToJson() });
        }
    }

    private C66Deployment Find(DemoRequest request)
    {
        Stack(request);
        return _deployments.Find(d => d.Id.ToString(CultureInfo.InvariantCulture) == request["id"])
            ?? throw Error(404, "not_found", "The deployment was not found.");
    }

    private static void Stack(DemoRequest request)
    {
        if (request["stack"] != StackId)
        {
            throw Error(404, "not_found", $"Stack '{request["stack"]}' not found. The demo has one stack: {StackId}.");
        }
    }

    private static void Authorize(DemoRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var value) || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw Error(401, "unauthorized", "The access token is missing or invalid.");
        }
    }

    private static DemoHttpException Error(int status, string error, string description) =>
        new(status, new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString(), "application/json");

    internal static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed class C66Deployment(long id, DateTimeOffset startedAt, string via, string? triggeredBy)
    {
        public long Id { get; } = id;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public int Steps { get; set; }

        public DateTimeOffset? FinishedAt { get; set; }

        public string Outcome { get; set; } = "pending";

        public bool IsLive { get; set; }

        public JsonObject ToJson()
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(Id)).AsSpan(0, 20));
            return new JsonObject
            {
                ["id"] = Id,
                ["triggered_by"] = triggeredBy ?? "hook",
                ["triggered_via"] = new JsonObject { ["code"] = triggeredBy is null ? "hook" : via, ["meaning"] = triggeredBy is null ? "Redeploy hook" : "API" },
                ["started_at"] = Time(StartedAt),
                ["finished_at"] = FinishedAt is { } finished ? Time(finished) : null,
                ["outcome"] = new JsonObject { ["code"] = Outcome switch { "success" => 1, "failed" => 2, _ => 0 }, ["meaning"] = Outcome },
                ["git_hash"] = hash,
                ["git_ref"] = "main",
                ["deploy_session"] = $"demo{Id}",
                ["deploy_type"] = new JsonObject { ["code"] = "redeploy", ["meaning"] = "Redeployment" },
                ["is_head"] = true,
                ["is_live"] = IsLive,
                ["reverted"] = false,
                ["is_deploying"] = FinishedAt is null,
                ["commit_url"] = $"https://github.com/example/demo/commit/{hash}",
            };
        }
    }

    private sealed class C66Action(long id, long deploymentId, DateTimeOffset startedAt, string? userReference)
    {
        public long Id { get; } = id;

        public long DeploymentId { get; } = deploymentId;

        public DateTimeOffset? FinishedAt { get; set; }

        public bool? Success { get; set; }

        public string? Message { get; set; }

        public JsonObject ToJson() => new()
        {
            ["id"] = Id,
            ["user"] = "api@example.com",
            ["resource_type"] = "Stack",
            ["action"] = "deploy",
            ["resource_id"] = StackId,
            ["started_via"] = "api",
            ["started_at"] = Time(startedAt),
            ["finished_at"] = FinishedAt is { } finished ? Time(finished) : null,
            ["finished_success"] = Success,
            ["finished_message"] = Message,
            ["finished_result"] = FinishedAt is null ? null : new JsonObject { ["deployment_id"] = DeploymentId },
            ["metadata"] = userReference is null ? new JsonObject() : new JsonObject { ["user_reference"] = userReference },
        };
    }
}
