using System.Text;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Jobs;

/// <summary>Contract tests of the jobs write endpoints: the request sent (method, path, query, token, body) and every field of the answer.</summary>
public sealed class JobsWriteTests
{
    // The job of the current docs' Create Job sample payload.
    private static Job CacheJob() => new()
    {
        Id = "cache",
        Datacenters = ["dc1"],
        NodePool = "prod",
        TaskGroups =
        [
            new TaskGroup
            {
                Name = "cache",
                Networks = [new NetworkResource { DynamicPorts = [new Port { Label = "db", To = 6379 }] }],
                Services = [new Service { Name = "redis-cache", PortLabel = "db" }],
                Tasks =
                [
                    new JobTask
                    {
                        Name = "redis",
                        Driver = "docker",
                        Config = new Dictionary<string, JsonElement>
                        {
                            ["image"] = JobsWire.Element("\"redis:7\""),
                            ["ports"] = JobsWire.Element("[\"db\"]"),
                        },
                    },
                ],
            },
        ],
    };

    private const string CacheJobJson = """
        {
          "Datacenters": ["dc1"],
          "ID": "cache",
          "NodePool": "prod",
          "TaskGroups": [
            {
              "Name": "cache",
              "Networks": [ { "DynamicPorts": [ { "Label": "db", "To": 6379 } ] } ],
              "Services": [ { "Name": "redis-cache", "PortLabel": "db" } ],
              "Tasks": [ { "Config": { "image": "redis:7", "ports": ["db"] }, "Driver": "docker", "Name": "redis" } ]
            }
          ]
        }
        """;

    [Fact]
    public async Task RegisterAsync_posts_the_job_with_its_options_and_maps_the_seed_answer()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/jobs", JobsWire.Fixture("register.json"), index: "109");
        using var nomad = server.CreateClient();

        var response = await nomad.Jobs.RegisterAsync(
            CacheJob(),
            new JobRegisterOptions
            {
                EnforceJobModifyIndex = 0,
                PreserveCounts = true,
                EvalPriority = 80,
                Submission = new JobSubmission { Source = "job \"cache\" {}", Format = "hcl2", VariableFlags = new Dictionary<string, string> { ["x"] = "1" } },
                Namespace = "apps",
                Region = "eu",
            });


        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/jobs?region=eu&namespace=apps");
        request.AssertJsonBody($$"""
            {
              "Job": {{CacheJobJson}},
              "Submission": { "Source": "job \"cache\" {}", "Format": "hcl2", "VariableFlags": { "x": "1" } },
              "EnforceIndex": true,
              "JobModifyIndex": 0,
              "PreserveCounts": true,
              "EvalPriority": 80
            }
            """);
        var result = response.Value;
        Assert.Equal(("", 0UL, 109UL, 0UL), (result.EvalId, result.EvalCreateIndex, result.JobModifyIndex, result.Index));
        Assert.Null(result.Warnings);
        Assert.Equal(109UL, response.LastIndex);
        // The body's copy of the query meta is meaningless on a write; it stays in AdditionalProperties.
        Assert.Equal(["JobRegisterResponse.KnownLeader", "JobRegisterResponse.LastContact"], JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task RegisterAsync_without_options_sends_only_the_job()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/jobs", JobsWire.Fixture("register.json"));
        using var nomad = server.CreateClient();

        await nomad.Jobs.RegisterAsync(CacheJob());

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/jobs");
        request.AssertJsonBody($$"""{ "Job": {{CacheJobJson}} }""");
    }

    [Fact]
    public async Task Writes_that_Nomad_does_not_deduplicate_drop_the_idempotency_token()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/jobs", JobsWire.Fixture("register.json"));
        server.Answer("POST", "/v1/job/my-job/evaluate", JobsWire.Fixture("evaluate.json"));
        using var nomad = server.CreateClient();
        var write = new NomadWriteOptions { Namespace = "apps", IdempotencyToken = "once" };

        await nomad.Jobs.RegisterAsync(CacheJob(), new JobRegisterOptions { Namespace = write.Namespace, IdempotencyToken = write.IdempotencyToken });
        await nomad.Jobs.EvaluateAsync("my-job", new JobEvaluateOptions { Namespace = write.Namespace, IdempotencyToken = write.IdempotencyToken });

        Assert.Equal(
            ["/v1/jobs?namespace=apps", "/v1/job/my-job/evaluate?namespace=apps"],
            server.Requests.Select(r => r.RequestMessage!.RawPathAndQuery()));
    }

    [Fact]
    public async Task RegisterAsync_with_a_stale_index_throws_a_conflict()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("Enforcing job modify index 5: job exists with conflicting job modify index: 7"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.RegisterAsync(CacheJob(), new JobRegisterOptions { EnforceJobModifyIndex = 5 }));

        Assert.Equal(ApiErrorKind.Conflict, error.Kind);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ParseAsync_posts_the_HCL_and_maps_the_parsed_job()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/jobs/parse", JobsWire.Fixture("parse.json"));
        using var nomad = server.CreateClient();
        const string Hcl = "job \"my-job\" {\n  type = \"service\"\n  group \"cache\" {}\n}";

        Job job = await nomad.Jobs.ParseAsync(Hcl, new JobParseOptions { Canonicalize = true, Variables = "x = 1\n", Namespace = "default" });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/jobs/parse?namespace=default");
        request.AssertJsonBody("""{ "JobHCL": "job \"my-job\" {\n  type = \"service\"\n  group \"cache\" {}\n}", "Variables": "x = 1\n", "Canonicalize": true }""");
        Assert.Equal(("my-job", "my-job", "default", "prod", "global", JobType.Service, 50), (job.Id, job.Name, job.Namespace, job.NodePool, job.Region, job.Type, job.Priority));
        Assert.Equal((false, false, false, 0UL, "", ""), (job.AllAtOnce, job.Stable, job.Stop, job.Version, job.ParentId, job.StatusDescription));
        Assert.Equal(new JobStatus(""), job.Status);
        Assert.Equal((0UL, 0UL, 0UL), (job.CreateIndex, job.ModifyIndex, job.JobModifyIndex));
        Assert.Null(job.SubmitTime);
        Assert.Null(job.TaskGroups);
        Assert.Empty(JobsWire.UnknownFields(job));
    }

    [Fact]
    public async Task UpdateAsync_posts_to_the_job_with_check_and_set_and_maps_the_seed_answer()
    {
        // The seed's Update Existing Job answer ends with a trailing comma, which is not valid JSON; the fixture drops it.
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/cache", JobsWire.Fixture("update.json"), index: "35");
        using var nomad = server.CreateClient();

        JobRegisterResponse result = await nomad.Jobs.UpdateAsync("cache", CacheJob(), new JobRegisterOptions { EnforceJobModifyIndex = 4, PolicyOverride = true, PreserveResources = true });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/cache");
        request.AssertJsonBody($$"""{ "Job": {{CacheJobJson}}, "EnforceIndex": true, "JobModifyIndex": 4, "PolicyOverride": true, "PreserveResources": true }""");
        Assert.Equal(("d092fdc0-e1fd-2536-67d8-43af8ca798ac", 35UL, 34UL), (result.EvalId, result.EvalCreateIndex, result.JobModifyIndex));
        Assert.Empty(JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task DispatchAsync_posts_payload_and_meta_with_an_idempotency_token_and_maps_the_seed_answer()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/example/dispatch", JobsWire.Fixture("dispatch.json"), index: "13");
        using var nomad = server.CreateClient();
        var payload = Encoding.UTF8.GetBytes("{\"customer\":\"acme\"}");

        JobDispatchResponse result = await nomad.Jobs.DispatchAsync(
            "example",
            new JobDispatchOptions { Payload = payload, Meta = new Dictionary<string, string> { ["key"] = "Value" }, IdPrefixTemplate = "nightly", Priority = 60, IdempotencyToken = "run-2024-01-01" });


        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/example/dispatch?idempotency_token=run-2024-01-01");
        request.AssertJsonBody($$"""
            { "JobID": "example", "Payload": "{{Convert.ToBase64String(payload)}}", "Meta": { "key": "Value" }, "IdPrefixTemplate": "nightly", "Priority": 60 }
            """);
        Assert.Equal(
            ("example/dispatch-1485408778-81644024", "e5f55fac-bc69-119d-528a-1fc7ade5e02c", 13UL, 12UL, 13UL),
            (result.DispatchedJobId, result.EvalId, result.EvalCreateIndex, result.JobCreateIndex, result.Index));
        Assert.Empty(JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task DispatchAsync_accepts_a_payload_of_exactly_16_KiB()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/example/dispatch", JobsWire.Fixture("dispatch.json"));
        using var nomad = server.CreateClient();

        await nomad.Jobs.DispatchAsync("example", new JobDispatchOptions { Payload = new byte[16 * 1024] });

        using var body = JsonDocument.Parse(server.SingleRequest().Body!);
        Assert.Equal(16 * 1024, body.RootElement.GetProperty("Payload").GetBytesFromBase64().Length);
    }

    [Fact]
    public async Task DispatchRawAsync_posts_the_bytes_as_the_body_and_maps_the_answer()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/param/dispatch/payload", JobsWire.Fixture("dispatch-payload.json"), index: "179");
        using var nomad = server.CreateClient();
        byte[] payload = [0x00, 0xFF, 0x7B, 0x0A, 0x61];

        JobDispatchResponse result = await nomad.Jobs.DispatchRawAsync("param", payload);

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/param/dispatch/payload");
        Assert.Equal("application/octet-stream", request.Headers!["Content-Type"].ToString());
        Assert.Equal(payload, request.BodyAsBytes);
        Assert.Equal(
            ("param/dispatch-1730920906-81821d1f", "5e973383-8d59-3f33-4496-72112a882605", 179UL, 178UL, 179UL),
            (result.DispatchedJobId, result.EvalId, result.EvalCreateIndex, result.JobCreateIndex, result.Index));
        Assert.Empty(JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task RevertAsync_posts_version_and_prior_version_and_maps_the_seed_answer()
    {
        // The seed's answer ends with a trailing comma, which is not valid JSON; the fixture drops it.
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/my-job/revert", JobsWire.Fixture("revert.json"));
        using var nomad = server.CreateClient();

        JobRegisterResponse result = await nomad.Jobs.RevertAsync("my-job", 2, new JobRevertOptions { EnforcePriorVersion = 3 });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/my-job/revert");
        request.AssertJsonBody("""{ "JobID": "my-job", "JobVersion": 2, "EnforcePriorVersion": 3 }""");
        Assert.Equal(("d092fdc0-e1fd-2536-67d8-43af8ca798ac", 35UL, 34UL), (result.EvalId, result.EvalCreateIndex, result.JobModifyIndex));
        Assert.Empty(JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task RevertAsync_with_a_stale_prior_version_throws_a_conflict()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/my-job/revert").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("Current job has version 4; enforcing version 3"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.RevertAsync("my-job", 2, new JobRevertOptions { EnforcePriorVersion = 3 }));

        Assert.Equal(ApiErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task SetStabilityAsync_posts_version_and_stability_and_maps_the_seed_answer()
    {
        // The seed's answer ends with a trailing comma, which is not valid JSON; the fixture drops it.
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/my-job/stable", JobsWire.Fixture("stable.json"), index: "36");
        using var nomad = server.CreateClient();

        var response = await nomad.Jobs.SetStabilityAsync("my-job", 2, stable: true);

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/my-job/stable");
        request.AssertJsonBody("""{ "JobID": "my-job", "JobVersion": 2, "Stable": true }""");
        Assert.Equal(34UL, response.Value.JobModifyIndex);
        Assert.Null(response.Value.Index);
        Assert.Equal(36UL, response.LastIndex);
        Assert.Empty(JobsWire.UnknownFields(response.Value));
    }

    [Fact]
    public async Task EvaluateAsync_posts_the_force_reschedule_option_and_maps_the_seed_answer()
    {
        // The seed's answer ends with a trailing comma, which is not valid JSON; the fixture drops it.
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/my-job/evaluate", JobsWire.Fixture("evaluate.json"));
        using var nomad = server.CreateClient();

        JobRegisterResponse result = await nomad.Jobs.EvaluateAsync("my-job", new JobEvaluateOptions { ForceReschedule = true });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/my-job/evaluate");
        request.AssertJsonBody("""{ "JobID": "my-job", "EvalOptions": { "ForceReschedule": true } }""");
        Assert.Equal(("d092fdc0-e1fd-2536-67d8-43af8ca798ac", 35UL, 34UL), (result.EvalId, result.EvalCreateIndex, result.JobModifyIndex));
        Assert.Empty(JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task PlanAsync_posts_the_job_with_diff_and_maps_the_seed_plan()
    {
        // The seed's plan elides nested diffs as "..." strings where diff objects belong; the fixture replaces each
        // elision with a diff object of the right shape (and is otherwise the seed's answer).
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/cache/plan", JobsWire.Fixture("plan.json"));
        using var nomad = server.CreateClient();

        JobPlanResponse plan = await nomad.Jobs.PlanAsync(CacheJob(), new JobPlanOptions { Diff = true });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/cache/plan");
        request.AssertJsonBody($$"""{ "Job": {{CacheJobJson}}, "Diff": true }""");
        Assert.Equal((0UL, 0UL), (plan.Index, plan.JobModifyIndex));
        Assert.Null(plan.NextPeriodicLaunch); // "0001-01-01T00:00:00Z", Go's zero time, reads as not set.
        var diff = plan.Diff!;
        Assert.Equal((JobDiffType.Added, "example"), (diff.Type, diff.Id));
        Assert.Equal(["Priority", "Type"], diff.Fields!.Select(f => f.Name));
        Assert.Equal(["Datacenters", "Constraint", "Update"], diff.Objects!.Select(o => o.Name));
        Assert.All(diff.Objects!, o => Assert.Equal(JobDiffType.Added, o.Type));
        Assert.Null(diff.Objects![0].Objects);
        Assert.Equal(("LTarget", "", "${attr.kernel.name}"), (diff.Objects[1].Fields![0].Name, diff.Objects[1].Fields![0].Old, diff.Objects[1].Fields![0].New));
        var group = Assert.Single(diff.TaskGroups!);
        Assert.Equal((JobDiffType.Added, "cache", 1UL), (group.Type, group.Name, group.Updates!["create"]));
        Assert.Equal("Count", group.Fields![0].Name);
        Assert.Equal("RestartPolicy", group.Objects![0].Name);
        var task = Assert.Single(group.Tasks!);
        Assert.Equal((JobDiffType.Added, "redis"), (task.Type, task.Name));
        Assert.Equal(["forces create"], task.Annotations);
        Assert.Equal(("Driver", "", "docker"), (task.Fields![0].Name, task.Fields[0].Old, task.Fields[0].New));
        Assert.Equal(("KillTimeout", "5000000000"), (task.Fields[1].Name, task.Fields[1].New));
        Assert.Null(task.Fields[0].Annotations);
        Assert.Equal(("Resources", "CPU", "500"), (task.Objects![0].Name, task.Objects[0].Fields![0].Name, task.Objects[0].Fields![0].New));
        var updates = plan.Annotations!.DesiredTGUpdates!["cache"];
        Assert.Equal((0UL, 0UL, 0UL, 0UL, 11UL, 0UL), (updates.DestructiveUpdate, updates.InPlaceUpdate, updates.Stop, updates.Migrate, updates.Place, updates.Ignore));
        Assert.Null(plan.Annotations.PreemptedAllocs);
        var blocked = Assert.Single(plan.CreatedEvals!);
        Assert.Equal(("312e6a6d-8d01-0daf-9105-14919a66dba3", EvaluationStatus.Blocked, "created to place remaining allocations"), (blocked.Id, blocked.Status, blocked.StatusDescription));
        Assert.Equal(("example", "batch", 50, "80318ae4-7eda-e570-e59d-bc11df134817"), (blocked.JobId, blocked.Type, blocked.Priority, blocked.PreviousEval));
        Assert.True(blocked.ClassEligibility!["v1:7968290453076422024"]);
        var failed = plan.FailedTGAllocs!["cache"];
        Assert.Equal((3, 1, 0, 1), (failed.CoalescedFailures, failed.NodesEvaluated, failed.NodesFiltered, failed.NodesExhausted));
        Assert.Equal(TimeSpan.FromTicks(464), failed.AllocationTime); // 46415 ns, to TimeSpan's 100 ns
        Assert.Equal(1, failed.NodesAvailable!["dc1"]);
        Assert.Equal(1, failed.DimensionExhausted!["cpu exhausted"]);
        Assert.Null(failed.Scores);
        Assert.Empty(JobsWire.UnknownFields(plan));
    }

    [Fact]
    public async Task ForcePeriodicAsync_posts_without_a_body_and_maps_the_seed_answer()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/my-job/periodic/force", JobsWire.Fixture("periodic-force.json"), index: "7");
        using var nomad = server.CreateClient();

        JobPeriodicForceResponse result = await nomad.Jobs.ForcePeriodicAsync("my-job");

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/my-job/periodic/force");
        Assert.True(string.IsNullOrEmpty(request.Body));
        Assert.Equal((7UL, "57983ddd-7fcf-3e3a-fd24-f699ccfb36f4"), (result.EvalCreateIndex, result.EvalId));
        Assert.Empty(JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task DeregisterAsync_sends_purge_global_priority_and_no_shutdown_delay_and_maps_the_seed_answer()
    {
        // The seed's answer ends with a trailing comma, which is not valid JSON; the fixture drops it.
        using var server = new NomadTestServer();
        server.Answer("DELETE", "/v1/job/example/periodic-1700000000", JobsWire.Fixture("deregister.json"), index: "35");
        using var nomad = server.CreateClient();

        JobDeregisterResponse result = await nomad.Jobs.DeregisterAsync(
            "example/periodic-1700000000",
            new JobDeregisterOptions { Purge = true, Global = true, EvalPriority = 70, NoShutdownDelay = true });

        var request = server.SingleRequest();
        request.AssertSent(server, "DELETE", "/v1/job/example%2Fperiodic-1700000000?purge=true&global=true&eval_priority=70&no_shutdown_delay=true");
        Assert.True(string.IsNullOrEmpty(request.Body));
        Assert.Equal(("d092fdc0-e1fd-2536-67d8-43af8ca798ac", 35UL, 34UL), (result.EvalId, result.EvalCreateIndex, result.JobModifyIndex));
        Assert.Null(result.VolumeEvalId);
        Assert.Empty(JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task DeregisterAsync_without_options_sends_no_query()
    {
        using var server = new NomadTestServer();
        server.Answer("DELETE", "/v1/job/my-job", """{"EvalID":"a","EvalCreateIndex":9,"JobModifyIndex":8,"VolumeEvalID":"b","VolumeEvalIndex":10,"Index":10}""");
        using var nomad = server.CreateClient();

        JobDeregisterResponse result = await nomad.Jobs.DeregisterAsync("my-job");

        server.SingleRequest().AssertSent(server, "DELETE", "/v1/job/my-job");
        Assert.Equal(("a", 9UL, 8UL, "b", 10UL, 10UL), (result.EvalId, result.EvalCreateIndex, result.JobModifyIndex, result.VolumeEvalId, result.VolumeEvalIndex, result.Index));
    }

    [Fact]
    public async Task ScaleAsync_posts_count_target_message_and_meta_and_maps_the_answer()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/example/scale", JobsWire.Fixture("scale.json"), index: "45");
        using var nomad = server.CreateClient();
        var meta = new Dictionary<string, JsonElement> { ["metrics"] = JobsWire.Element("[\"cpu\", \"memory\"]") };

        JobRegisterResponse result = await nomad.Jobs.ScaleAsync("example", "cache", 5, new JobScaleOptions { Message = "metric did not satisfy SLA", Meta = meta, EnforceJobModifyIndex = 44 });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/example/scale");
        request.AssertJsonBody("""
            { "Count": 5, "Target": { "Job": "example", "Group": "cache" }, "Message": "metric did not satisfy SLA", "Meta": { "metrics": ["cpu", "memory"] }, "JobModifyIndex": 44 }
            """);
        Assert.Equal((45UL, "116f3ede-f6a5-f6e7-2d0e-1fda136390f0", 45UL, 44UL, ""), (result.EvalCreateIndex, result.EvalId, result.Index, result.JobModifyIndex, result.Warnings));
        Assert.Equal(["JobRegisterResponse.KnownLeader", "JobRegisterResponse.LastContact"], JobsWire.UnknownFields(result));
    }

    [Fact]
    public async Task ScaleAsync_without_a_count_records_an_error_event()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/example/scale", """{"EvalID":"","EvalCreateIndex":0,"JobModifyIndex":44,"Index":46}""");
        using var nomad = server.CreateClient();

        await nomad.Jobs.ScaleAsync("example", "cache", count: null, new JobScaleOptions { Error = true, Message = "APM unreachable", PolicyOverride = true });

        server.SingleRequest().AssertJsonBody("""{ "Target": { "Job": "example", "Group": "cache" }, "Message": "APM unreachable", "Error": true, "PolicyOverride": true }""");
    }

    [Fact]
    public async Task TagVersionAsync_posts_version_and_description_and_maps_the_tag()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/job/hello-world/versions/golden#1/tag", JobsWire.Fixture("tag.json"), index: "361");
        using var nomad = server.CreateClient();

        JobTagResponse tag = await nomad.Jobs.TagVersionAsync("hello-world", "golden#1", 0, new JobTagVersionOptions { Description = "The version we can roll back to." });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/job/hello-world/versions/golden%231/tag");
        request.AssertJsonBody("""{ "Version": 0, "Description": "The version we can roll back to." }""");
        Assert.Equal(("golden-version", "The version we can roll back to.", 361UL), (tag.Name, tag.Description, tag.Index));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_728_325_495).AddTicks(8_297_930), tag.TaggedTime);
        Assert.Equal(["JobTagResponse.KnownLeader", "JobTagResponse.LastContact", "JobTagResponse.NextToken"], JobsWire.UnknownFields(tag));
    }

    [Fact]
    public async Task UntagVersionAsync_deletes_the_tag_and_maps_the_answer()
    {
        // The current docs show a deregister-shaped answer here, but the agent returns its tag response (empty tag
        // fields and the index); the fixture has that shape.
        using var server = new NomadTestServer();
        server.Answer("DELETE", "/v1/job/hello-world/versions/golden-version/tag", JobsWire.Fixture("untag.json"), index: "362");
        using var nomad = server.CreateClient();

        JobTagResponse result = await nomad.Jobs.UntagVersionAsync("hello-world", "golden-version");

        var request = server.SingleRequest();
        request.AssertSent(server, "DELETE", "/v1/job/hello-world/versions/golden-version/tag");
        Assert.True(string.IsNullOrEmpty(request.Body));
        Assert.Equal(("", "", 362UL), (result.Name, result.Description, result.Index));
        Assert.Null(result.TaggedTime);
    }

    [Fact]
    public async Task ValidateAsync_posts_the_job_and_maps_errors_and_warnings()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/validate/job", JobsWire.Fixture("validate.json"));
        using var nomad = server.CreateClient();

        JobValidateResponse result = await nomad.Jobs.ValidateAsync(CacheJob(), new NomadWriteOptions { Region = "eu" });

        var request = server.SingleRequest();
        request.AssertSent(server, "POST", "/v1/validate/job?region=eu");
        request.AssertJsonBody($$"""{ "Job": {{CacheJobJson}} }""");
        Assert.True(result.DriverConfigValidated);
        Assert.Equal(2, result.ValidationErrors!.Count);
        Assert.Equal("Job must have a valid datacenter", result.ValidationErrors[1]);
        Assert.StartsWith("2 errors occurred:", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("1 warning:", result.Warnings, StringComparison.Ordinal);
        Assert.Empty(JobsWire.UnknownFields(result));
    }
}
