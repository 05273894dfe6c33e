using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>A droplet of the demo app: a staged build.</summary>
internal sealed record CfDroplet(string Guid, string Checksum, DateTimeOffset CreatedAt);

/// <summary>A revision of the demo app: a droplet and an environment; one of them crashes on start.</summary>
internal sealed record CfRevision(string Guid, int Version, CfDroplet Droplet, string Description, bool Crashes, DateTimeOffset CreatedAt);

/// <summary>
/// The foundation around the deployments: one org, one space, two apps; the demo app has two droplets and three
/// revisions (revision 3 sets an environment whose instances crash), a web process per deployment whose instances
/// move as a rollout goes, and their stats. A deployment of a revision (a rollback) adds a revision, as Cloud Foundry does.
/// </summary>
internal sealed partial class CloudFoundrySimulation
{
    /// <summary>The demo org, space and second app.</summary>
    public static readonly string OrgGuid = NomadFormat.Uuid("cf-org-demo");
    public static readonly string SpaceGuid = NomadFormat.Uuid("cf-space-demo");
    public static readonly string WorkerAppGuid = NomadFormat.Uuid("cf-app-worker");

    private readonly List<CfDroplet> _droplets = [];
    private readonly List<CfRevision> _revisions = [];
    private DateTimeOffset _created;

    private void SeedFoundation(DateTimeOffset now)
    {
        _created = now - TimeSpan.FromDays(30);
        _droplets.Add(new CfDroplet(NomadFormat.Uuid("cf-droplet-1"), "a7c3e1", now - TimeSpan.FromDays(3)));
        _droplets.Add(new CfDroplet(NomadFormat.Uuid("cf-droplet-2"), "5be90d", now - TimeSpan.FromHours(1)));
        _revisions.Add(new CfRevision(NomadFormat.Uuid("cf-revision-1"), 1, _droplets[0], "Initial revision.", false, now - TimeSpan.FromDays(2)));
        _revisions.Add(new CfRevision(NomadFormat.Uuid("cf-revision-2"), 2, _droplets[1], "New droplet deployed.", false, now - TimeSpan.FromSeconds(3)));
        _revisions.Add(new CfRevision(NomadFormat.Uuid("cf-revision-3"), 3, _droplets[1], "New environment variables deployed.", true, now - TimeSpan.FromSeconds(2)));
    }

    private void MapFoundation(DemoRouter router)
    {
        router.Map("GET", "/v3/organizations", request => Read(request, () => Page(request, Named(request, [Org(request)]))));
        router.Map("GET", "/v3/organizations/{guid}", request => Read(request, () => One(request, [Org(request)], "Organization")));
        router.Map("GET", "/v3/spaces", request => Read(request, () => Page(request, Filtered(request, "organization_guids", Named(request, [Space(request)]), s => OrgGuid))));
        router.Map("GET", "/v3/spaces/{guid}", request => Read(request, () => One(request, [Space(request)], "Space")));
        router.Map("GET", "/v3/apps", request => Read(request, () => Page(request, Filtered(request, "space_guids", Named(request, Apps(request)), a => SpaceGuid))));
        router.Map("GET", "/v3/apps/{guid}", request => Read(request, () => One(request, Apps(request), "App")));
        router.Map("GET", "/v3/apps/{guid}/droplets", request => Read(request, () => Page(request, AppOnly(request, _droplets.AsEnumerable().Reverse().Select(d => Droplet(d, request))))));
        router.Map("GET", "/v3/apps/{guid}/droplets/current", request => Read(request, () => DemoResponse.Json(Droplet(AppOnly(request, Current().Revision.Droplet), request))));
        router.Map("GET", "/v3/droplets/{guid}", request => Read(request, () => One(request, [.. _droplets.Select(d => Droplet(d, request))], "Droplet")));
        router.Map("GET", "/v3/apps/{guid}/revisions", request => Read(request, () => Page(request, AppOnly(request, _revisions.Select(r => Revision(r, request))))));
        router.Map("GET", "/v3/apps/{guid}/revisions/deployed", request => Read(request, () => Page(request, AppOnly(request, Deployed().Select(r => Revision(r, request))))));
        router.Map("GET", "/v3/revisions/{guid}", request => Read(request, () => One(request, [.. _revisions.Select(r => Revision(r, request))], "Revision")));
        router.Map("GET", "/v3/apps/{guid}/processes", request => Read(request, () => Page(request, AppOnly(request, Processes().Select(p => Process(p, request))))));
        router.Map("GET", "/v3/processes/{guid}", request => Read(request, () => One(request, [.. Processes().Select(p => Process(p, request))], "Process")));
        router.Map("GET", "/v3/processes/{guid}/stats", request => Read(request, () => Stats(request)));
    }

    private DemoResponse Read(DemoRequest request, Func<DemoResponse> read)
    {
        Authorize(request);
        lock (_gate)
        {
            return read();
        }
    }

    /// <summary>The deployment whose revision the app runs now: the last one that finished DEPLOYED.</summary>
    private CfDeployment Current() => _deployments.Last(d => d.Reason == "DEPLOYED");

    private CfDeployment? PreviousDeployed(CfDeployment deployment) =>
        _deployments.TakeWhile(d => d != deployment).LastOrDefault(d => d.Reason == "DEPLOYED");

    /// <summary>Revisions with running instances: the current one, and what an active deployment rolls out.</summary>
    private IEnumerable<CfRevision> Deployed() =>
        _deployments.Where(d => d.Value == "ACTIVE" || d == Current()).Select(d => d.Revision).Distinct();

    /// <summary>The app's web processes: the current deployment's, and one per active deployment while it rolls out.</summary>
    private IEnumerable<CfDeployment> Processes() => _deployments.Where(d => d.Value == "ACTIVE" || d == Current());

    /// <summary>What a new deployment runs: the revision asked for (a rollback adds a revision), a droplet's, or the current one.</summary>
    private CfRevision RevisionToDeploy(JsonObject body, DateTimeOffset now)
    {
        if ((string?)body["revision"]?["guid"] is { } revisionGuid)
        {
            var target = _revisions.Find(r => r.Guid == revisionGuid) ?? throw Error(422, 10008, "CF-UnprocessableEntity", "The revision does not exist");
            if (target == _revisions[^1])
            {
                return target; // the newest revision deploys as it is; an older one is a rollback
            }

            var rollback = new CfRevision(NomadFormat.Uuid($"cf-revision-{_revisions.Count + 1}"), _revisions.Count + 1, target.Droplet, $"Rolled back to revision {target.Version}.", target.Crashes, now);
            _revisions.Add(rollback);
            return rollback;
        }

        if ((string?)body["droplet"]?["guid"] is { } dropletGuid)
        {
            return _revisions.FindLast(r => r.Droplet.Guid == dropletGuid && !r.Crashes)
                ?? throw Error(422, 10008, "CF-UnprocessableEntity", "Unable to assign current droplet. Ensure the droplet exists and belongs to this app.");
        }

        return Current().Revision;
    }

    private DemoResponse Stats(DemoRequest request)
    {
        var deployment = Processes().FirstOrDefault(d => d.ProcessGuid == request["guid"]) ?? throw Error(404, 10010, "CF-ResourceNotFound", "Process not found");
        var active = _deployments.LastOrDefault(d => d.Value == "ACTIVE");
        // The current process gives up an instance for each one the rollout has running.
        var running = deployment == Current() && active is not null && active != deployment ? 3 - active.RunningInstances : deployment.RunningInstances;
        var total = deployment == Current() ? running : 3;
        var instances = new JsonArray();
        for (var index = 0; index < total; index++)
        {
            var state = index < running ? "RUNNING" : deployment.Revision.Crashes ? "CRASHED" : "STARTING";
            instances.Add(new JsonObject
            {
                ["type"] = "web",
                ["index"] = index,
                ["state"] = state,
                ["routable"] = state == "RUNNING",
                ["host"] = state == "RUNNING" ? $"10.0.1.{10 + index}" : string.Empty,
                ["instance_internal_ip"] = $"10.255.0.{10 + index}",
                ["uptime"] = state == "RUNNING" ? (long)(_time.GetUtcNow() - deployment.UpdatedAt).TotalSeconds : 0,
                ["mem_quota"] = 268_435_456,
                ["disk_quota"] = 1_073_741_824,
                ["log_rate_limit"] = -1,
                ["fds_quota"] = 16_384,
                ["isolation_segment"] = null,
                ["details"] = state == "CRASHED" ? "APP/PROC/WEB: Exited with status 1" : null,
                ["instance_ports"] = state == "RUNNING" ? new JsonArray(new JsonObject { ["external"] = 61000 + index, ["internal"] = 8080, ["external_tls_proxy_port"] = 61400 + index, ["internal_tls_proxy_port"] = 61443 }) : new JsonArray(),
                ["usage"] = state == "RUNNING"
                    ? new JsonObject { ["time"] = Time(_time.GetUtcNow()), ["cpu"] = 0.0125 * (index + 1), ["cpu_entitlement"] = 0.05, ["mem"] = 67_108_864 + (index << 20), ["disk"] = 134_217_728, ["log_rate"] = 0 }
                    : new JsonObject(),
            });
        }

        return DemoResponse.Json(new JsonObject { ["resources"] = instances });
    }

    private static IEnumerable<JsonObject> Named(DemoRequest request, IEnumerable<JsonObject> items) =>
        request.QueryValue("names") is { Length: > 0 } names
            ? items.Where(i => names.Split(',').Contains((string?)i["name"], StringComparer.Ordinal))
            : items;

    private static IEnumerable<JsonObject> Filtered(DemoRequest request, string name, IEnumerable<JsonObject> items, Func<JsonObject, string> field) =>
        request.QueryValue(name) is { Length: > 0 } list ? items.Where(i => list.Split(',').Contains(field(i), StringComparer.Ordinal)) : items;

    private static T AppOnly<T>(DemoRequest request, T value) =>
        request["guid"] == AppGuid ? value : throw Error(404, 10010, "CF-ResourceNotFound", "App not found");

    private static DemoResponse One(DemoRequest request, IEnumerable<JsonObject> items, string kind) =>
        DemoResponse.Json(items.FirstOrDefault(i => (string?)i["guid"] == request["guid"]) ?? throw Error(404, 10010, "CF-ResourceNotFound", $"{kind} not found"));

    private JsonObject Org(DemoRequest request) => Resource(request, "organizations", OrgGuid, _created, new()
    {
        ["name"] = "demo-org",
        ["suspended"] = false,
        ["relationships"] = To("quota", NomadFormat.Uuid("cf-quota-default")),
    });

    private JsonObject Space(DemoRequest request) => Resource(request, "spaces", SpaceGuid, _created, new()
    {
        ["name"] = "demo-space",
        ["relationships"] = new JsonObject
        {
            ["organization"] = new JsonObject { ["data"] = new JsonObject { ["guid"] = OrgGuid } },
            ["quota"] = new JsonObject { ["data"] = null },
        },
    });

    private List<JsonObject> Apps(DemoRequest request) =>
    [
        App(request, AppGuid, "demo-app"),
        App(request, WorkerAppGuid, "demo-worker"),
    ];

    private JsonObject App(DemoRequest request, string guid, string name) => Resource(request, "apps", guid, _created, new()
    {
        ["name"] = name,
        ["state"] = "STARTED",
        ["lifecycle"] = new JsonObject { ["type"] = "buildpack", ["data"] = new JsonObject { ["buildpacks"] = new JsonArray("go_buildpack"), ["stack"] = "cflinuxfs4" } },
        ["relationships"] = To("space", SpaceGuid),
    });

    private JsonObject Droplet(CfDroplet d, DemoRequest request) => Resource(request, "droplets", d.Guid, d.CreatedAt, new()
    {
        ["state"] = "STAGED",
        ["error"] = null,
        ["lifecycle"] = new JsonObject { ["type"] = "buildpack", ["data"] = new JsonObject() },
        ["execution_metadata"] = string.Empty,
        ["process_types"] = new JsonObject { ["web"] = "./bin/demo-app" },
        ["checksum"] = new JsonObject { ["type"] = "sha256", ["value"] = string.Concat(Enumerable.Repeat(d.Checksum, 11))[..64] },
        ["buildpacks"] = new JsonArray(new JsonObject { ["name"] = "go_buildpack", ["detect_output"] = "go", ["buildpack_name"] = "go", ["version"] = "1.10.40" }),
        ["stack"] = "cflinuxfs4",
        ["image"] = null,
        ["relationships"] = To("app", AppGuid),
    });

    private JsonObject Revision(CfRevision r, DemoRequest request) => Resource(request, "revisions", r.Guid, r.CreatedAt, new()
    {
        ["version"] = r.Version,
        ["droplet"] = new JsonObject { ["guid"] = r.Droplet.Guid },
        ["processes"] = new JsonObject { ["web"] = new JsonObject { ["command"] = "./bin/demo-app" } },
        ["sidecars"] = new JsonArray(),
        ["description"] = r.Description,
        ["deployable"] = true,
        ["relationships"] = To("app", AppGuid),
    });

    private JsonObject Process(CfDeployment d, DemoRequest request) => Resource(request, "processes", d.ProcessGuid, d.CreatedAt, new()
    {
        ["type"] = "web",
        ["command"] = "./bin/demo-app",
        ["instances"] = 3,
        ["memory_in_mb"] = 256,
        ["disk_in_mb"] = 1024,
        ["log_rate_limit_in_bytes_per_second"] = -1,
        ["health_check"] = new JsonObject { ["type"] = "port", ["data"] = new JsonObject { ["timeout"] = null, ["invocation_timeout"] = null } },
        ["readiness_health_check"] = new JsonObject { ["type"] = "process", ["data"] = new JsonObject { ["invocation_timeout"] = null } },
        ["relationships"] = new JsonObject
        {
            ["app"] = new JsonObject { ["data"] = new JsonObject { ["guid"] = AppGuid } },
            ["revision"] = new JsonObject { ["data"] = new JsonObject { ["guid"] = d.Revision.Guid } },
        },
    });

    /// <summary>The fields every v3 resource has around its own: guid, times, metadata and a self link.</summary>
    private static JsonObject Resource(DemoRequest request, string collection, string guid, DateTimeOffset created, JsonObject fields)
    {
        var resource = new JsonObject { ["guid"] = guid, ["created_at"] = Time(created), ["updated_at"] = Time(created) };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            resource[name] = value;
        }

        resource["metadata"] = new JsonObject { ["labels"] = new JsonObject(), ["annotations"] = new JsonObject() };
        resource["links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = $"{request.Origin}/v3/{collection}/{guid}" } };
        return resource;
    }

    private static JsonObject To(string relationship, string guid) =>
        new() { [relationship] = new JsonObject { ["data"] = new JsonObject { ["guid"] = guid } } };
}
