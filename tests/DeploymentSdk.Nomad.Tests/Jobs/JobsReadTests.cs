using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Jobs;

/// <summary>Contract tests of the jobs read endpoints: the request sent and every field of the answer.</summary>
public sealed class JobsReadTests
{
    [Fact]
    public async Task ListAsync_sends_namespace_prefix_and_filter_and_maps_the_seed_sample()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/jobs", JobsWire.Fixture("list.json"), index: "96");
        using var nomad = server.CreateClient();

        var jobs = new List<JobListStub>();
        await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*", Prefix = "team", Filter = "Status == \"pending\"" }))
        {
            jobs.Add(job);
        }

        server.SingleRequest().AssertSent(server, "GET", "/v1/jobs?namespace=%2A&prefix=team&filter=Status%20%3D%3D%20%22pending%22");
        var stub = Assert.Single(jobs);
        Assert.Equal("example", stub.Id);
        Assert.Equal("", stub.ParentId);
        Assert.Equal("example", stub.Name);
        Assert.Equal(JobType.Service, stub.Type);
        Assert.Equal(50, stub.Priority);
        Assert.Equal(JobStatus.Pending, stub.Status);
        Assert.Equal("", stub.StatusDescription);
        Assert.Equal(52UL, stub.CreateIndex);
        Assert.Equal(93UL, stub.ModifyIndex);
        Assert.Equal(52UL, stub.JobModifyIndex);
        var summary = stub.JobSummary!;
        Assert.Equal("example", summary.JobId);
        Assert.Equal(52UL, summary.CreateIndex);
        Assert.Equal(96UL, summary.ModifyIndex);
        var cache = Assert.Single(summary.Summary!).Value;
        Assert.Equal((1, 1, 0, 0, 0, 0), (cache.Queued, cache.Complete, cache.Failed, cache.Running, cache.Starting, cache.Lost));
        Assert.Equal((0L, 0L, 0L), (summary.Children!.Pending, summary.Children.Running, summary.Children.Dead));
        Assert.Empty(JobsWire.UnknownFields(stub));
    }

    [Fact]
    public async Task ListAsync_with_meta_asks_for_it_and_maps_the_current_fields()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/jobs", JobsWire.Fixture("list-meta.json"));
        using var nomad = server.CreateClient();

        var jobs = new List<JobListStub>();
        await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { IncludeMeta = true }))
        {
            jobs.Add(job);
        }

        server.SingleRequest().AssertSent(server, "GET", "/v1/jobs?meta=true");
        Assert.Equal(2, jobs.Count);
        var web = jobs[0];
        Assert.Equal("apps", web.Namespace);
        Assert.Equal(["dc1", "dc2"], web.Datacenters);
        Assert.Equal("prod", web.NodePool);
        Assert.Null(web.Multiregion);
        Assert.Equal(70, web.Priority);
        Assert.False(web.Periodic);
        Assert.False(web.ParameterizedJob);
        Assert.False(web.Stop);
        Assert.Equal(45UL, web.JobModifyIndex);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(1_234_567), web.SubmitTime);
        Assert.Equal("team-web", web.Meta!["owner"]);
        Assert.Equal("apps", web.JobSummary!.Namespace);
        Assert.Equal(1, web.JobSummary.Summary!["frontend"].Unknown);
        var child = jobs[1];
        Assert.Equal("reports", child.ParentId);
        Assert.Equal(JobStatus.Dead, child.Status);
        Assert.Null(child.JobSummary);
        Assert.NotNull(child.Meta);
        Assert.Empty(child.Meta);
        Assert.Empty(JobsWire.UnknownFields(jobs));
    }

    [Fact]
    public async Task ListAsync_follows_next_token_with_the_same_filters()
    {
        using var server = new NomadTestServer();
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").WithParam("next_token", "reports").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""[{"ID":"reports"}]"""));
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithHeader("X-Nomad-NextToken", "reports").WithBody("""[{"ID":"api"}]"""));
        using var nomad = server.CreateClient();

        var ids = new List<string?>();
        await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*", PerPage = 1, IncludeMeta = true }))
        {
            ids.Add(job.Id);
        }

        Assert.Equal(["api", "reports"], ids);
        Assert.Equal(
            ["/v1/jobs?namespace=%2A&per_page=1&meta=true", "/v1/jobs?namespace=%2A&per_page=1&next_token=reports&meta=true"],
            server.Requests.Select(r => r.RequestMessage!.RawPathAndQuery()));
    }

    [Fact]
    public async Task GetAsync_is_a_blocking_query_and_maps_the_seed_job()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/example", JobsWire.Fixture("job.json"), index: "8");
        using var nomad = server.CreateClient();

        var response = await nomad.Jobs.GetAsync("example", new NomadQueryOptions { Namespace = "apps", WaitIndex = 7, WaitTime = TimeSpan.FromSeconds(30) });

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/example?namespace=apps&index=7&wait=30000ms");
        Assert.Equal(8UL, response.LastIndex);
        Assert.True(response.Meta.KnownLeader);
        Job job = response;
        Assert.Equal("global", job.Region);
        Assert.Equal("example", job.Id);
        Assert.Equal(JobType.Batch, job.Type);
        Assert.Equal(50, job.Priority);
        Assert.False(job.AllAtOnce);
        Assert.Equal(["dc1"], job.Datacenters);
        Assert.Equal(("${attr.kernel.name}", "linux", "="), (job.Constraints![0].LTarget, job.Constraints[0].RTarget, job.Constraints[0].Operand));
        Assert.Equal(TimeSpan.FromSeconds(10), job.Update!.Stagger);
        Assert.Equal(1, job.Update.MaxParallel);
        Assert.Equal((true, "* * * * *", "cron", true), (job.Periodic!.Enabled, job.Periodic.Spec, job.Periodic.SpecType, job.Periodic.ProhibitOverlap));
        Assert.Equal(("required", "foo", "bar"), (job.ParameterizedJob!.Payload, job.ParameterizedJob.MetaRequired![0], job.ParameterizedJob.MetaOptional![0]));
        Assert.Null(job.Payload);
        Assert.Equal("pipe", job.Meta!["baz"]);
        Assert.Equal(JobStatus.Running, job.Status);
        Assert.Equal((7UL, 7UL, 7UL), (job.CreateIndex, job.ModifyIndex, job.JobModifyIndex));

        var group = Assert.Single(job.TaskGroups!);
        Assert.Equal(("cache", 1), (group.Name, group.Count));
        Assert.Equal("set_contains", group.Constraints![0].Operand);
        Assert.Equal((10, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(25), "delay"), (group.RestartPolicy!.Attempts, group.RestartPolicy.Interval, group.RestartPolicy.Delay, group.RestartPolicy.Mode));
        Assert.Equal((false, 300, false), (group.EphemeralDisk!.Sticky, group.EphemeralDisk.SizeMB, group.EphemeralDisk.Migrate));

        var task = Assert.Single(group.Tasks!);
        Assert.Equal(("redis", "docker", "foo-user"), (task.Name, task.Driver, task.User));
        Assert.Equal("redis:latest", task.Config!["image"].GetString());
        Assert.Equal(6379, task.Config["port_map"][0].GetProperty("db").GetInt32());
        Assert.Equal("bar", task.Env!["foo"]);
        var service = Assert.Single(task.Services!);
        Assert.Equal(("cache-redis", "db"), (service.Name, service.PortLabel));
        var check = Assert.Single(service.Checks!);
        Assert.Equal(("alive", "tcp", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2)), (check.Name, check.Type, check.Interval, check.Timeout));
        Assert.Null(check.Args);
        Assert.Null(task.Vault);
        var template = Assert.Single(task.Templates!);
        Assert.Equal(("local/config.conf.tpl", "local/config.conf", "signal", "SIGUSR1", TimeSpan.FromSeconds(5)), (template.SourcePath, template.DestPath, template.ChangeMode, template.ChangeSignal, template.Splay));
        Assert.Equal((500, 256, 0, 0), (task.Resources!.Cpu, task.Resources.MemoryMB, task.Resources.DiskMB, task.Resources.Iops));
        var network = Assert.Single(task.Resources.Networks!);
        Assert.Equal(10, network.MBits);
        Assert.Equal(("rpc", 25566), (network.ReservedPorts![0].Label, network.ReservedPorts[0].Value));
        Assert.Equal(("db", 0), (network.DynamicPorts![0].Label, network.DynamicPorts[0].Value));
        Assert.Equal("config.json", task.DispatchPayload!.File);
        Assert.Equal(TimeSpan.FromSeconds(5), task.KillTimeout);
        Assert.Equal((10, 10), (task.LogConfig!.MaxFiles, task.LogConfig.MaxFileSizeMB));
        var artifact = Assert.Single(task.Artifacts!);
        Assert.Equal(("http://foo.com/artifact.tar.gz", "local/"), (artifact.GetterSource, artifact.RelativeDest));
        Assert.Equal("md5:c4aa853ad2215426eb7d70a21922e794", artifact.GetterOptions!["checksum"]);
        Assert.False(task.Leader);

        // VaultToken was removed from the job in Nomad 1.10; a server that still sends it keeps it in AdditionalProperties.
        Assert.Equal(["Job.VaultToken"], JobsWire.UnknownFields(job));
    }

    [Fact]
    public async Task GetAsync_escapes_a_dispatched_child_ID_as_one_segment()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/example/dispatch-1485408778-81644024", """{"ID":"example/dispatch-1485408778-81644024","ParentID":"example","Dispatched":true}""");
        using var nomad = server.CreateClient();

        Job job = await nomad.Jobs.GetAsync("example/dispatch-1485408778-81644024");

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/example%2Fdispatch-1485408778-81644024");
        Assert.Equal(("example", true), (job.ParentId, job.Dispatched));
    }

    [Fact]
    public async Task GetAsync_of_a_missing_job_throws_not_found()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/nope").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("X-Nomad-Index", "12").WithBody("job not found"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Jobs.GetAsync("nope"));

        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
        Assert.Equal(12UL, error.Meta.LastIndex);
        Assert.DoesNotContain(NomadTestServer.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSubmissionAsync_sends_the_version_and_maps_the_source()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/myjob/submission", JobsWire.Fixture("submission.json"), index: "311");
        using var nomad = server.CreateClient();

        var response = await nomad.Jobs.GetSubmissionAsync("myjob", 42, new NomadQueryOptions { Namespace = "default" });

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/myjob/submission?namespace=default&version=42");
        var submission = response.Value;
        Assert.StartsWith("variable \"image\" {\n", submission.Source, StringComparison.Ordinal);
        Assert.Equal("hcl2", submission.Format);
        Assert.Equal("busybox:1.36", submission.VariableFlags!["image"]);
        Assert.Equal("line one\nline two", submission.VariableFlags["note"]);
        Assert.Equal("image = \"busybox:1.36\"\n", submission.Variables);
        Assert.Equal(("default", "myjob", 42UL, 311UL), (submission.Namespace, submission.JobId, submission.Version, submission.JobModifyIndex));
        Assert.Empty(JobsWire.UnknownFields(submission));
    }

    [Fact]
    public async Task GetVersionsAsync_asks_for_diffs_and_maps_versions_and_diffs()
    {
        // The seed (Nomad 0.6) answers a bare array of jobs; current Nomad wraps the versions as
        // {"Versions": [...], "Diffs": [...]} with the query meta. The fixture is the seed's version in that envelope,
        // with the diff of the current docs.
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/example/versions", JobsWire.Fixture("versions.json"), index: "26");
        using var nomad = server.CreateClient();

        var response = await nomad.Jobs.GetVersionsAsync("example", new JobVersionsOptions { Diffs = true, DiffVersion = 0, DiffTag = "golden" });

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/example/versions?diffs=true&diff_version=0&diff_tag=golden");
        Assert.Equal(26UL, response.LastIndex);
        var version = Assert.Single(response.Value.Versions!);
        Assert.Equal(("example", JobStatus.Pending, false, 0UL), (version.Id, version.Status, version.Stable, version.Version));
        var update = version.TaskGroups![0].Update!;
        Assert.Equal((TimeSpan.Zero, 1, "checks", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), false, 0), (
            update.Stagger, update.MaxParallel, update.HealthCheck, update.MinHealthyTime, update.HealthyDeadline, update.AutoRevert, update.Canary));
        Assert.False(version.TaskGroups[0].Tasks![0].Services![0].Checks![0].TlsSkipVerify);

        var diff = Assert.Single(response.Value.Diffs!);
        Assert.Equal((JobDiffType.Edited, "example"), (diff.Type, diff.Id));
        Assert.Null(diff.Fields);
        var group = Assert.Single(diff.TaskGroups!);
        Assert.Equal((JobDiffType.Edited, "cache"), (group.Type, group.Name));
        Assert.Null(group.Updates);
        var task = Assert.Single(group.Tasks!);
        Assert.Equal((JobDiffType.Edited, "redis"), (task.Type, task.Name));
        var field = Assert.Single(task.Fields!);
        Assert.Equal((JobDiffType.Added, "Env[foo]", "", "bar"), (field.Type, field.Name, field.Old, field.New));

        // The body's copy of the query meta stays in AdditionalProperties (the headers are in response.Meta), and the
        // seed job's VaultToken (removed in Nomad 1.10) is kept.
        Assert.Equal(
            ["Job.VaultToken", "JobVersionsResponse.Index", "JobVersionsResponse.KnownLeader", "JobVersionsResponse.LastContact"],
            JobsWire.UnknownFields(response.Value));
    }

    [Fact]
    public async Task GetSummaryAsync_maps_the_seed_summary()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/my-job/summary", JobsWire.Fixture("summary.json"), index: "13");
        using var nomad = server.CreateClient();

        JobSummary summary = await nomad.Jobs.GetSummaryAsync("my-job", new NomadQueryOptions { WaitIndex = 12 });

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/my-job/summary?index=12");
        Assert.Equal(("example", 7UL, 13UL), (summary.JobId, summary.CreateIndex, summary.ModifyIndex));
        var cache = summary.Summary!["cache"];
        Assert.Equal((0, 0, 0, 1, 0, 0), (cache.Queued, cache.Complete, cache.Failed, cache.Running, cache.Starting, cache.Lost));
        Assert.Null(cache.Unknown);
        Assert.Equal((0L, 0L, 0L), (summary.Children!.Pending, summary.Children.Running, summary.Children.Dead));
        Assert.Empty(JobsWire.UnknownFields(summary));
    }

    [Fact]
    public async Task GetScaleStatusAsync_maps_groups_and_events()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/example/scale", JobsWire.Fixture("scale-status.json"), index: "18");
        using var nomad = server.CreateClient();

        JobScaleStatusResponse status = await nomad.Jobs.GetScaleStatusAsync("example");

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/example/scale");
        Assert.Equal(("example", "default", 10UL, 18UL, false), (status.JobId, status.Namespace, status.JobCreateIndex, status.JobModifyIndex, status.JobStopped));
        var cache = status.TaskGroups!["cache"];
        Assert.Equal((3, 3, 2, 2, 1), (cache.Desired, cache.Placed, cache.Running, cache.Healthy, cache.Unhealthy));
        var scaled = cache.Events![0];
        Assert.Equal((3L, 1L, false, "metric did not satisfy SLA", "116f3ede-f6a5-f6e7-2d0e-1fda136390f0", 18UL), (scaled.Count, scaled.PreviousCount, scaled.Error, scaled.Message, scaled.EvalId, scaled.CreateIndex));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(1_234_567), scaled.Time);
        Assert.Equal("cpu", scaled.Meta!["metrics"][0].GetString());
        Assert.Equal(0.8, scaled.Meta["threshold"].GetDouble());
        var failed = cache.Events[1];
        Assert.Equal((null, true, null), (failed.Count, failed.Error, failed.EvalId));
        Assert.Null(failed.Meta);
        Assert.Empty(JobsWire.UnknownFields(status));
    }

    [Fact]
    public async Task ListActionsAsync_maps_actions_with_their_task_and_group()
    {
        // The current docs' sample ends the array with a trailing comma, which is not valid JSON; the fixture drops it.
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/actions-demo/actions", JobsWire.Fixture("actions.json"));
        using var nomad = server.CreateClient();

        var actions = (await nomad.Jobs.ListActionsAsync("actions-demo", new NomadQueryOptions { Region = "eu" })).Value;

        server.SingleRequest().AssertSent(server, "GET", "/v1/job/actions-demo/actions?region=eu");
        Assert.Equal(2, actions.Count);
        Assert.Equal(("weather", "/usr/bin/curl", "task", "group1"), (actions[0].Name, actions[0].Command, actions[0].TaskName, actions[0].TaskGroupName));
        Assert.Equal(["-s", "wttr.in/Toronto?format=3"], actions[0].Args);
        Assert.Equal(("get-alloc-info", "/bin/sh", "group2"), (actions[1].Name, actions[1].Command, actions[1].TaskGroupName));
        Assert.Equal(["-c", "nomad alloc status ${NOMAD_ALLOC_ID}"], actions[1].Args);
        Assert.Empty(JobsWire.UnknownFields(actions));
    }
}
