using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests.Health;

/// <summary>Following a deployment with its instances' health, and a failed deployment that explains itself.</summary>
public sealed class FollowWithHealthTests : IDisposable
{
    internal const string DeploymentGuid = "59c3d133-2b83-46f3-960e-7765a129aea4";
    internal const string AppGuid = "305cea31-5a44-45ca-b51b-e89c7a8ef8b2";
    internal const string OldWeb = "6a901b7c-9417-4dc1-8189-d3234aa0ab82";
    internal const string NewWeb = "fd5d3e60-f88c-4c37-b1ae-667cfc65a856";

    internal static readonly DeploymentHealthFollowOptions Fast = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(5),
        MaxPollInterval = TimeSpan.FromMilliseconds(20),
    };

    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Each_change_of_instance_health_is_reported_until_the_deployment_is_deployed()
    {
        Sequence(_host, $"/v3/deployments/{DeploymentGuid}", Deployment("ACTIVE", "DEPLOYING"), Deployment("ACTIVE", "DEPLOYING"), Deployment("ACTIVE", "DEPLOYING"), Deployment("FINALIZED", "DEPLOYED"));
        _host.AnswerGet($"/v3/apps/{AppGuid}/processes", Processes((OldWeb, "web", 2), (NewWeb, "web", 2)));
        _host.AnswerGet($"/v3/processes/{OldWeb}/stats", Stats("RUNNING", "RUNNING"));
        Sequence(_host, $"/v3/processes/{NewWeb}/stats", Stats("STARTING", "STARTING"), Stats("RUNNING", "STARTING"), Stats("RUNNING", "STARTING"), Stats("RUNNING", "RUNNING"));
        var reports = new Reports();

        var result = await _host.Deployments.FollowWithHealthAsync(DeploymentGuid, _host.Processes(), _host.AuditEvents(), With(reports));

        Assert.Equal(DeploymentFollowOutcome.Deployed, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Crashes);
        Assert.True(result.Health.IsComplete);
        Assert.Equal(
            [
                "ACTIVE/DEPLOYING web: 2 running, 0 starting, 0 crashed of 2; web (new): 0 running, 2 starting, 0 crashed of 2",
                "ACTIVE/DEPLOYING web: 2 running, 0 starting, 0 crashed of 2; web (new): 1 running, 1 starting, 0 crashed of 2",
                "FINALIZED/DEPLOYED web: 2 running, 0 starting, 0 crashed of 2; web (new): 2 running, 0 starting, 0 crashed of 2",
            ],
            reports.Seen.Select(p => $"{p.Deployment.Status!.Value}/{p.Deployment.Status.Reason} {p.Health}"));
        var web = result.Health.Processes.Single(process => process.IsNew);
        Assert.Equal(NewWeb, web.ProcessGuid);
        Assert.Equal(2, web.Running);
        Assert.Equal(2, web.Instances.Count);

        // Each poll: the deployment, the app's processes (one bounded page), each process's stats. No crash events on success.
        Assert.Equal(16, _host.Requests.Count);
        Assert.Equal($"/v3/apps/{AppGuid}/processes?per_page=100", _host.Requests[1].RawPathAndQuery());
        Assert.DoesNotContain(_host.Requests, request => request.RawPathAndQuery().StartsWith("/v3/audit_events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_canceled_deployment_explains_which_instances_crashed_and_why()
    {
        Sequence(_host, $"/v3/deployments/{DeploymentGuid}", Deployment("ACTIVE", "DEPLOYING"), Deployment("FINALIZED", "CANCELED"));
        _host.AnswerGet($"/v3/apps/{AppGuid}/processes", Processes((NewWeb, "web", 2)));
        Sequence(_host, $"/v3/processes/{NewWeb}/stats", Stats("STARTING", "STARTING"), Stats("CRASHED", "RUNNING", details: "Insufficient resources: memory"));
        _host.AnswerGet("/v3/audit_events", CrashEvents());

        var result = await _host.Deployments.FollowWithHealthAsync(DeploymentGuid, _host.Processes(), _host.AuditEvents(), Fast);

        Assert.Equal(DeploymentFollowOutcome.Canceled, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Health.Crashed);
        Assert.Equal(2, result.Crashes.Count);
        var fromStats = result.Crashes[0];
        Assert.Equal(InstanceCrashSource.ProcessStats, fromStats.Source);
        Assert.Equal(("web", NewWeb, 0), (fromStats.ProcessType, fromStats.ProcessGuid, fromStats.Index!.Value));
        Assert.Equal("Insufficient resources: memory", fromStats.Details);
        Assert.Equal("web#0: Insufficient resources: memory", fromStats.ToString());
        var fromEvent = result.Crashes[1];
        Assert.Equal(InstanceCrashSource.AuditEvent, fromEvent.Source);
        Assert.Equal(("web", NewWeb, 1), (fromEvent.ProcessType, fromEvent.ProcessGuid, fromEvent.Index!.Value));
        Assert.Equal("b3c1d5ee-0f1a-4a5e-8f4e-4c1f2b6d9a77", fromEvent.InstanceGuid);
        Assert.Equal("CRASHED", fromEvent.Reason);
        Assert.Equal("APP/PROC/WEB: Exited with status 1", fromEvent.ExitDescription);
        Assert.Equal(new DateTimeOffset(2018, 4, 25, 22, 43, 1, TimeSpan.Zero), fromEvent.CrashedAt);
        Assert.Equal("web#1: CRASHED — APP/PROC/WEB: Exited with status 1", fromEvent.ToString());

        var audit = Assert.Single(_host.Requests, request => request.RawPathAndQuery().StartsWith("/v3/audit_events", StringComparison.Ordinal));
        Assert.Equal(
            $"/v3/audit_events?per_page=20&order_by=-created_at&types=audit.app.process.crash&target_guids={AppGuid}&created_ats%5Bgte%5D=2018-04-25T22%3A42%3A10Z",
            audit.RawPathAndQuery());
    }

    [Fact]
    public async Task Stats_that_cannot_be_read_make_the_health_incomplete_without_ending_the_follow()
    {
        Sequence(_host, $"/v3/deployments/{DeploymentGuid}", Deployment("ACTIVE", "DEPLOYING"), Deployment("FINALIZED", "DEPLOYED"));
        _host.AnswerGet($"/v3/apps/{AppGuid}/processes", Processes((NewWeb, "web", 1)));
        _host.Server.Given(Request.Create().WithPath($"/v3/processes/{NewWeb}/stats").UsingGet()).RespondWith(
            Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0").WithHeader("Content-Type", "application/json")
                .WithBody("""{ "errors": [ { "code": 220002, "title": "CF-InstancesUnavailable", "detail": "Instances information unavailable" } ] }"""));
        var reports = new Reports();

        var result = await _host.Deployments.FollowWithHealthAsync(DeploymentGuid, _host.Processes(), null, With(reports));

        Assert.Equal(DeploymentFollowOutcome.Deployed, result.Outcome);
        Assert.False(result.Health.IsComplete);
        Assert.Empty(result.Health.Processes);
        Assert.All(reports.Seen, report => Assert.False(report.Health.IsComplete));
        Assert.Equal(2, reports.Seen.Count);
    }

    [Fact]
    public async Task The_deadline_ends_following_as_timed_out_with_the_crashes_so_far()
    {
        _host.AnswerGet($"/v3/deployments/{DeploymentGuid}", Deployment("ACTIVE", "DEPLOYING"));
        _host.AnswerGet($"/v3/apps/{AppGuid}/processes", Processes((NewWeb, "web", 1)));
        _host.AnswerGet($"/v3/processes/{NewWeb}/stats", Stats("CRASHED", details: "failed health check"));
        _host.AnswerGet("/v3/audit_events", """{ "pagination": { "total_results": 0, "next": null }, "resources": [] }""");

        var result = await _host.Deployments.FollowWithHealthAsync(DeploymentGuid, _host.Processes(), _host.AuditEvents(), new DeploymentHealthFollowOptions
        {
            InitialPollInterval = TimeSpan.FromMilliseconds(20),
            MaxPollInterval = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromMilliseconds(100),
        });

        Assert.Equal(DeploymentFollowOutcome.TimedOut, result.Outcome);
        Assert.Equal("failed health check", Assert.Single(result.Crashes).Details);

        // Paced: never more polls than the deadline allows at the poll interval (plus the first, plus the crash events read).
        Assert.InRange(_host.Requests.Count, 4, 3 * 7 + 1);
    }

    internal static DeploymentHealthFollowOptions With(IProgress<DeploymentHealthProgress> progress) => new()
    {
        InitialPollInterval = Fast.InitialPollInterval,
        MaxPollInterval = Fast.MaxPollInterval,
        Progress = progress,
    };

    /// <summary>Answers GET <paramref name="path"/> with each body in turn, the last one from then on.</summary>
    internal static void Sequence(CfTestHost host, string path, params string[] bodies)
    {
        for (var i = 0; i < bodies.Length; i++)
        {
            var request = host.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario(path);
            var state = i == 0 ? request : request.WhenStateIs($"{path}-{i}");
            var next = i < bodies.Length - 1 ? state.WillSetStateTo($"{path}-{i + 1}") : state;
            next.RespondWith(JsonAnswer(200, bodies[i]));
        }
    }

    internal static string Deployment(string value, string reason)
    {
        var deployment = JsonNode.Parse(Fixture.Read("Deployments/deployment-canary.json"))!;
        deployment["status"]!["value"] = value;
        deployment["status"]!["reason"] = reason;
        deployment["status"]!.AsObject().Remove("canary");
        deployment["strategy"] = "rolling";
        return deployment.ToJsonString();
    }

    internal static string Processes(params (string Guid, string Type, int Instances)[] processes) => $$"""
        {
          "pagination": { "total_results": {{processes.Length}}, "total_pages": 1, "next": null, "previous": null },
          "resources": [ {{string.Join(",", processes.Select(p => $$"""{ "guid": "{{p.Guid}}", "type": "{{p.Type}}", "instances": {{p.Instances}} }"""))}} ]
        }
        """;

    internal static string Stats(string first, string? second = null, string? details = null)
    {
        var items = new List<string> { Instance(0, first, details) };
        if (second is not null)
        {
            items.Add(Instance(1, second, null));
        }

        return $$"""{ "resources": [ {{string.Join(",", items)}} ] }""";

        static string Instance(int index, string state, string? details) =>
            $$"""{ "type": "web", "index": {{index}}, "state": "{{state}}", "uptime": 0, "usage": {}, "details": {{(details is null ? "null" : $"\"{details}\"")}} }""";
    }

    /// <summary>
    /// A crash event shaped like the docs' audit event object (resources/audit_events/_object.md.erb) with the data Cloud
    /// Controller records for a crash (app/repositories/process_event_repository.rb: the process as actor, the crash payload as data).
    /// </summary>
    private static string CrashEvents() => $$"""
        {
          "pagination": { "total_results": 1, "total_pages": 1, "next": null, "previous": null },
          "resources": [
            {
              "guid": "a595fe2f-01ff-4965-a50c-290258ab8582",
              "created_at": "2018-04-25T22:43:01Z",
              "updated_at": "2018-04-25T22:43:01Z",
              "type": "audit.app.process.crash",
              "actor": { "guid": "{{NewWeb}}", "type": "process", "name": "web" },
              "target": { "guid": "{{AppGuid}}", "type": "app", "name": "my-app" },
              "data": {
                "instance": "b3c1d5ee-0f1a-4a5e-8f4e-4c1f2b6d9a77",
                "index": 1,
                "cell_id": "cell-1",
                "exit_description": "APP/PROC/WEB: Exited with status 1",
                "reason": "CRASHED",
                "crash_count": 1,
                "crash_timestamp": 1524696181000000000
              },
              "space": { "guid": "cb97dd25-d4f7-4185-9e6f-ad6e585c207c" },
              "organization": { "guid": "d9be96f5-ea8f-4549-923f-bec882e32e3c" },
              "links": { "self": { "href": "https://api.example.org/v3/audit_events/a595fe2f-01ff-4965-a50c-290258ab8582" } }
            }
          ]
        }
        """;

    /// <summary>Records reports as they happen (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    internal sealed class Reports : IProgress<DeploymentHealthProgress>
    {
        public List<DeploymentHealthProgress> Seen { get; } = [];

        public void Report(DeploymentHealthProgress value) => Seen.Add(value);
    }
}
