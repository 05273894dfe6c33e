using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// Cloud Foundry v3 deployments (<c>/v3/deployments</c>) over a simulated app. A rolling deployment goes ACTIVE/DEPLOYING
/// → FINALIZED/DEPLOYED in a few steps; a canary one pauses (ACTIVE/PAUSED) after its first step until
/// <c>actions/continue</c>; <c>actions/cancel</c> ends one as CANCELED; a new deployment supersedes the active one.
/// Any bearer token is accepted; a request without one is answered 401, as Cloud Foundry does.
/// </summary>
internal sealed partial class CloudFoundrySimulation
{
    /// <summary>The app the demo deploys.</summary>
    public static readonly string AppGuid = NomadFormat.Uuid("cf-app-demo");

    private const int PerPageDefault = 50;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly List<CfDeployment> _deployments = [];
    private int _sequence;

    public CloudFoundrySimulation(TimeProvider time)
    {
        _time = time;
        var now = time.GetUtcNow();
        SeedFoundation(now);
        _deployments.Add(new CfDeployment(NextGuid(), AppGuid, "rolling", now - TimeSpan.FromDays(2)) { Value = "FINALIZED", Reason = "DEPLOYED", Revision = _revisions[0] });
        _deployments.Add(new CfDeployment(NextGuid(), AppGuid, "rolling", now - TimeSpan.FromSeconds(3)) { Revision = _revisions[1] });
    }

    public void Map(DemoRouter router)
    {
        router.Map("GET", "/v3/deployments", List);
        router.Map("POST", "/v3/deployments", Create);
        router.Map("GET", "/v3/deployments/{guid}", Get);
        router.Map("PATCH", "/v3/deployments/{guid}", Update);
        router.Map("POST", "/v3/deployments/{guid}/actions/cancel", Cancel);
        router.Map("POST", "/v3/deployments/{guid}/actions/continue", Continue);
        MapFoundation(router);
    }

    /// <summary>Moves every active deployment one step on.</summary>
    public void Step()
    {
        lock (_gate)
        {
            foreach (var deployment in _deployments.Where(d => d.Value == "ACTIVE"))
            {
                deployment.Advance(_time.GetUtcNow());
            }
        }
    }

    private DemoResponse List(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            IEnumerable<CfDeployment> items = _deployments;
            items = Filter(items, request, "app_guids", d => d.AppGuid);
            items = Filter(items, request, "guids", d => d.Guid);
            items = Filter(items, request, "status_values", d => d.Value);
            items = Filter(items, request, "status_reasons", d => d.Reason);
            items = Filter(items, request, "states", d => d.State);
            var order = request.QueryValue("order_by") ?? "created_at";
            items = order.TrimStart('-') == "updated_at" ? items.OrderBy(d => d.UpdatedAt) : items.OrderBy(d => d.CreatedAt);
            if (order.StartsWith('-'))
            {
                items = items.Reverse();
            }

            return Page(request, items.Select(d => ToJson(d, request)));
        }
    }

    /// <summary>A v3 list: one page of <paramref name="items"/> and <c>pagination</c> with links that keep the filters.</summary>
    private static DemoResponse Page(DemoRequest request, IEnumerable<JsonObject> items)
    {
        var all = items.ToList();
        var perPage = Number(request, "per_page", PerPageDefault, 1, 5000);
        var page = Number(request, "page", 1, 1, int.MaxValue);
        var pages = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var others = string.Concat(request.Query.Where(q => q.Key is not ("page" or "per_page")).Select(q => $"&{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        var link = (int p) => (JsonNode)new JsonObject { ["href"] = $"{request.Origin}{request.Path}?page={p}&per_page={perPage}{others}" };
        return DemoResponse.Json(new JsonObject
        {
            ["pagination"] = new JsonObject
            {
                ["total_results"] = all.Count,
                ["total_pages"] = pages,
                ["first"] = link(1),
                ["last"] = link(pages),
                ["next"] = page < pages ? link(page + 1) : null,
                ["previous"] = page > 1 ? link(page - 1) : null,
            },
            ["resources"] = new JsonArray([.. all.Skip((page - 1) * perPage).Take(perPage)]),
        });
    }

    private DemoResponse Get(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            return DemoResponse.Json(ToJson(Find(request["guid"]), request));
        }
    }

    private DemoResponse Create(DemoRequest request)
    {
        Authorize(request);
        var body = JsonNode.Parse(string.IsNullOrEmpty(request.Body) ? "{}" : request.Body) as JsonObject ?? [];
        var app = (string?)body["relationships"]?["app"]?["data"]?["guid"];
        if (app != AppGuid)
        {
            throw Error(422, 10008, "CF-UnprocessableEntity", $"App with guid '{app}' not found. The demo has one app: {AppGuid}.");
        }

        var strategy = (string?)body["strategy"] ?? "rolling";
        if (strategy is not ("rolling" or "canary"))
        {
            throw Error(422, 10008, "CF-UnprocessableEntity", "Strategy must be one of rolling, canary");
        }

        if (body["revision"] is not null && body["droplet"] is not null)
        {
            throw Error(422, 10008, "CF-UnprocessableEntity", "Cannot set both revision and droplet");
        }

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var active in _deployments.Where(d => d.Value == "ACTIVE"))
            {
                active.Finish("SUPERSEDED", now);
            }

            var deployment = new CfDeployment(NextGuid(), app, strategy, now)
            {
                Revision = RevisionToDeploy(body, now),
                CanarySteps = strategy == "canary" ? Math.Max(1, body["options"]?["canary"]?["steps"]?.AsArray().Count ?? 1) : 0,
                Metadata = body["metadata"]?.DeepClone() as JsonObject,
            };
            _deployments.Add(deployment);
            return DemoResponse.Json(ToJson(deployment, request), 201);
        }
    }

    private DemoResponse Update(DemoRequest request)
    {
        Authorize(request);
        var body = JsonNode.Parse(string.IsNullOrEmpty(request.Body) ? "{}" : request.Body) as JsonObject ?? [];
        lock (_gate)
        {
            var deployment = Find(request["guid"]);
            if (body["metadata"] is JsonObject metadata)
            {
                deployment.Metadata = metadata.DeepClone().AsObject();
                deployment.UpdatedAt = _time.GetUtcNow();
            }

            return DemoResponse.Json(ToJson(deployment, request));
        }
    }

    private DemoResponse Cancel(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            var deployment = Find(request["guid"]);
            if (deployment.Value != "ACTIVE")
            {
                throw Error(422, 10008, "CF-UnprocessableEntity", $"Cannot cancel a {deployment.Reason} deployment");
            }

            deployment.Finish("CANCELED", _time.GetUtcNow());
            return DemoResponse.Json(ToJson(deployment, request));
        }
    }

    private DemoResponse Continue(DemoRequest request)
    {
        Authorize(request);
        lock (_gate)
        {
            var deployment = Find(request["guid"]);
            if (deployment.Reason != "PAUSED")
            {
                throw Error(422, 10008, "CF-UnprocessableEntity", "Cannot continue a deployment with status: ACTIVE and reason: " + deployment.Reason);
            }

            deployment.Continue(_time.GetUtcNow());
            return DemoResponse.Json(ToJson(deployment, request));
        }
    }

    private CfDeployment Find(string guid) =>
        _deployments.Find(d => d.Guid == guid) ?? throw Error(404, 10010, "CF-ResourceNotFound", "Deployment not found");

    private JsonObject ToJson(CfDeployment d, DemoRequest request)
    {
        var self = $"{request.Origin}/v3/deployments/{d.Guid}";
        var status = new JsonObject
        {
            ["value"] = d.Value,
            ["reason"] = d.Reason,
            ["details"] = new JsonObject
            {
                ["last_successful_healthcheck"] = Time(d.UpdatedAt),
                ["last_status_change"] = Time(d.UpdatedAt),
            },
        };
        if (d.CanarySteps > 0)
        {
            status["canary"] = new JsonObject { ["steps"] = new JsonObject { ["current"] = Math.Clamp(d.CanaryStep, 1, d.CanarySteps), ["total"] = d.CanarySteps } };
        }

        return new JsonObject
        {
            ["guid"] = d.Guid,
            ["state"] = d.State,
            ["status"] = status,
            ["strategy"] = d.Strategy,
            ["options"] = new JsonObject { ["max_in_flight"] = 1, ["web_instances"] = 3 },
            ["droplet"] = new JsonObject { ["guid"] = d.Revision.Droplet.Guid },
            ["previous_droplet"] = new JsonObject { ["guid"] = PreviousDeployed(d)?.Revision.Droplet.Guid },
            ["new_processes"] = new JsonArray(new JsonObject { ["guid"] = d.ProcessGuid, ["type"] = "web" }),
            ["revision"] = new JsonObject { ["guid"] = d.Revision.Guid, ["version"] = d.Revision.Version },
            ["created_at"] = Time(d.CreatedAt),
            ["updated_at"] = Time(d.UpdatedAt),
            ["metadata"] = d.Metadata?.DeepClone() ?? new JsonObject { ["labels"] = new JsonObject(), ["annotations"] = new JsonObject() },
            ["relationships"] = new JsonObject { ["app"] = new JsonObject { ["data"] = new JsonObject { ["guid"] = d.AppGuid } } },
            ["links"] = new JsonObject
            {
                ["self"] = new JsonObject { ["href"] = self },
                ["app"] = new JsonObject { ["href"] = $"{request.Origin}/v3/apps/{d.AppGuid}" },
                ["cancel"] = new JsonObject { ["href"] = $"{self}/actions/cancel", ["method"] = "POST" },
                ["continue"] = new JsonObject { ["href"] = $"{self}/actions/continue", ["method"] = "POST" },
            },
        };
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IEnumerable<CfDeployment> Filter(IEnumerable<CfDeployment> items, DemoRequest request, string name, Func<CfDeployment, string> field)
    {
        if (request.QueryValue(name) is not { Length: > 0 } list)
        {
            return items;
        }

        var wanted = list.Split(',').ToHashSet(StringComparer.Ordinal);
        return items.Where(d => wanted.Contains(field(d)));
    }

    private static int Number(DemoRequest request, string name, int fallback, int min, int max)
    {
        if (request.QueryValue(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Error(400, 10005, "CF-BadQueryParameter", $"The query parameter is invalid: {name} must be between {min} and {max}");
    }

    private static void Authorize(DemoRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var value) || !value.StartsWith("bearer ", StringComparison.OrdinalIgnoreCase) || value.Length <= 7)
        {
            throw Error(401, 1000, "CF-InvalidAuthToken", "Invalid Auth Token");
        }
    }

    private static DemoHttpException Error(int status, int code, string title, string detail) =>
        new(status, new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["title"] = title, ["detail"] = detail }),
        }.ToJsonString(), "application/json");

    private string NextGuid() => NomadFormat.Uuid($"cf-deployment-{++_sequence}");

    /// <summary>One deployment and where it is.</summary>
    internal sealed class CfDeployment(string guid, string appGuid, string strategy, DateTimeOffset createdAt)
    {
        public string Guid { get; } = guid;

        public string AppGuid { get; } = appGuid;

        public string Strategy { get; } = strategy;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public DateTimeOffset UpdatedAt { get; set; } = createdAt;

        public string Value { get; set; } = "ACTIVE";

        public string Reason { get; set; } = "DEPLOYING";

        /// <summary>The deprecated <c>state</c> field, which older clients read.</summary>
        public string State => (Value, Reason) switch
        {
            ("ACTIVE", "PAUSED") => "PAUSED",
            ("ACTIVE", "CANCELING") => "CANCELING",
            ("ACTIVE", _) => "DEPLOYING",
            (_, "CANCELED") => "CANCELED",
            _ => "DEPLOYED",
        };

        public int Steps { get; private set; }

        public int CanarySteps { get; init; }

        public int CanaryStep { get; private set; }

        public JsonObject? Metadata { get; set; }

        /// <summary>What it deploys: a revision (its droplet and environment).</summary>
        public required CfRevision Revision { get; init; }

        /// <summary>The web process it starts; once deployed, the app's web process.</summary>
        public string ProcessGuid => NomadFormat.Uuid($"cf-process-{Guid}");

        /// <summary>How many of its web instances run (a rolling deployment starts one more per step).</summary>
        public int RunningInstances => Value == "FINALIZED" ? (Reason == "DEPLOYED" ? 3 : 0) : Revision.Crashes ? 0 : Math.Clamp(Steps - (CanarySteps > 0 ? 1 : 0), CanarySteps > 0 ? 1 : 0, 3);

        /// <summary>Rolling: three steps to DEPLOYED. Canary: one step, then PAUSED per canary step, then three steps.</summary>
        public void Advance(DateTimeOffset now)
        {
            if (Reason == "PAUSED")
            {
                return;
            }

            Steps++;
            if (CanarySteps > 0 && CanaryStep < CanarySteps && Steps >= 2)
            {
                CanaryStep++;
                Reason = "PAUSED";
                UpdatedAt = now;
                return;
            }

            if (Steps >= (CanarySteps > 0 ? 5 : 3) && !Revision.Crashes)
            {
                Finish("DEPLOYED", now);
            }
        }

        public void Continue(DateTimeOffset now)
        {
            Reason = "DEPLOYING";
            UpdatedAt = now;
        }

        public void Finish(string reason, DateTimeOffset now)
        {
            Value = "FINALIZED";
            Reason = reason;
            UpdatedAt = now;
        }
    }
}
