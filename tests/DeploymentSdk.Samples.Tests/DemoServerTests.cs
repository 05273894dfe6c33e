using System.Text.Json;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Tests;

/// <summary>The demo server behaves as the samples need: blocking queries, paging, a rollout that moves, Nomad's errors.</summary>
public sealed class DemoServerTests : IDisposable
{
    private readonly DemoServer _demo = DemoServer.Start(new DemoServerOptions { StepInterval = null, MaxBlockingWait = TimeSpan.FromMinutes(1) });
    private readonly NomadClient _nomad;

    public DemoServerTests() => _nomad = NomadClient.Create(o => o.Address = new Uri(_demo.NomadAddress!));

    public void Dispose()
    {
        _nomad.Dispose();
        _demo.Dispose();
    }

    [Fact]
    public async Task A_blocking_read_is_held_until_the_deployment_changes()
    {
        var deployment = (await _nomad.Jobs.GetLatestDeploymentAsync("api")).Value!;
        var first = await _nomad.Deployments.GetAsync(deployment.Id!);

        var blocked = _nomad.Deployments.GetAsync(deployment.Id!, new NomadQueryOptions { WaitIndex = first.LastIndex, WaitTime = TimeSpan.FromMinutes(1) });
        Assert.NotSame(blocked, await Task.WhenAny(blocked, Task.Delay(300)));
        for (var i = 0; i < 10 && !blocked.IsCompleted; i++)
        {
            _demo.Step();
            await Task.WhenAny(blocked, Task.Delay(100));
        }

        var changed = await blocked;
        Assert.True(changed.LastIndex > first.LastIndex);
        Assert.NotEqual(first.Value.ModifyIndex, changed.Value.ModifyIndex);
    }

    [Fact]
    public async Task The_api_rollout_places_a_canary_promotes_it_and_ends_successful()
    {
        var id = (await _nomad.Jobs.GetLatestDeploymentAsync("api")).Value!.Id!;
        var seen = new List<string>();
        for (var step = 0; step < 12; step++)
        {
            Deployment d = await _nomad.Deployments.GetAsync(id);
            var group = d.TaskGroups!["api"];
            seen.Add($"{d.Status} placed={group.PlacedAllocs} healthy={group.HealthyAllocs} promoted={group.Promoted}");
            if (d.Status != DeploymentStatus.Running)
            {
                break;
            }

            _demo.Step();
        }

        Assert.Equal("running placed=1 healthy=0 promoted=False", seen[0]);
        Assert.Contains("running placed=1 healthy=1 promoted=True", seen);
        Assert.Equal("successful placed=3 healthy=3 promoted=True", seen[^1]);
        var allocs = (await _nomad.Deployments.ListAllocationsAsync(id)).Value;
        Assert.Equal(3, allocs.Count);
        Assert.Single(allocs, a => a.DeploymentStatus?.Canary == true);
        Assert.All(allocs, a => Assert.Equal(AllocationClientStatus.Running, a.ClientStatus));
    }

    [Fact]
    public async Task The_billing_rollout_fails_and_rolls_back()
    {
        var failing = (await _nomad.Jobs.GetLatestDeploymentAsync("billing")).Value!;
        for (var step = 0; step < 6; step++)
        {
            _demo.Step();
        }

        Deployment d = await _nomad.Deployments.GetAsync(failing.Id!);
        Assert.Equal(DeploymentStatus.Failed, d.Status);
        Assert.Equal("Failed due to unhealthy allocations - rolling back to job version 0", d.StatusDescription);
        Job job = await _nomad.Jobs.GetAsync("billing");
        Assert.Equal(2UL, job.Version);
        var failed = (await _nomad.Deployments.ListAllocationsAsync(failing.Id!)).Value;
        Assert.All(failed, a => Assert.Equal(AllocationClientStatus.Failed, a.ClientStatus));
        // The task ran twice (the first run and its one restart) and exited with code 1 each time.
        Assert.All(failed, a => Assert.Equal([1, 1], a.TaskStates!["worker"].Events!.Where(e => e.Type?.Value == "Terminated").Select(e => e.ExitCode)));
    }

    [Fact]
    public async Task Promotion_is_refused_until_the_canaries_are_healthy_and_accepted_once()
    {
        var api = (await _nomad.Jobs.GetLatestDeploymentAsync("api")).Value!.Id!;
        var early = await Assert.ThrowsAsync<NomadApiException>(() => _nomad.Deployments.PromoteAsync(api, new DeploymentPromoteOptions { All = true }));
        Assert.Contains("Task group \"api\" has 0/1 healthy allocations", early.Message, StringComparison.Ordinal);

        var web = (await _nomad.Jobs.GetLatestDeploymentAsync("web")).Value!;
        Assert.Equal("Deployment is running but requires manual promotion", web.StatusDescription);
        var promoted = await _nomad.Deployments.PromoteAsync(web.Id!, new DeploymentPromoteOptions { All = true });
        Assert.False(string.IsNullOrEmpty(promoted.Value.EvalId));
        var again = await Assert.ThrowsAsync<NomadApiException>(() => _nomad.Deployments.PromoteAsync(web.Id!, new DeploymentPromoteOptions { All = true }));
        Assert.Contains("no canaries to promote", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_page_with_next_tokens_and_honour_namespace_prefix_and_filter()
    {
        var all = new List<string>();
        await foreach (var a in _nomad.Allocations.ListAsync(new AllocationListOptions { Namespace = "*" }))
        {
            all.Add(a.Id!);
        }

        var pages = new List<Page<AllocationListStub>>();
        await foreach (var page in _nomad.Allocations.ListAsync(new AllocationListOptions { Namespace = "*", PerPage = 5 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(all, pages.SelectMany(p => p.Values).Select(a => a.Id!));
        Assert.All(pages[..^1], p => Assert.Equal(5, p.Values.Count));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.True(pages.Count >= 4);

        var defaultNamespace = new List<string>();
        await foreach (var job in _nomad.Jobs.ListAsync())
        {
            defaultNamespace.Add(job.Id!);
        }

        Assert.DoesNotContain("docs", defaultNamespace);
        var filtered = new List<Deployment>();
        await foreach (var d in _nomad.Deployments.ListAsync(new NomadQueryOptions { Filter = "JobID == \"api\" and Status != \"successful\"" }))
        {
            filtered.Add(d);
        }

        Assert.Equal(["api"], filtered.Select(d => d.JobId!));
        var prefix = all[0][..4];
        await foreach (var a in _nomad.Allocations.ListAsync(new AllocationListOptions { Namespace = "*", Prefix = prefix }))
        {
            Assert.StartsWith(prefix, a.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_hcl_and_json_job_files_of_DeployAndWatch_describe_the_same_job()
    {
        var jobs = Path.Combine(Sample.RepoRoot, "samples", "Nomad.DeployAndWatch", "jobs");
        Job parsed = await _nomad.Jobs.ParseAsync(await File.ReadAllTextAsync(Path.Combine(jobs, "hello.nomad.hcl")), new JobParseOptions { Canonicalize = true });
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(jobs, "hello.nomad.json")))!["Job"]!;

        Assert.Equal((string?)json["ID"], parsed.Id);
        Assert.Equal((int?)json["Update"]!["Canary"], parsed.Update!.Canary);
        Assert.Equal(TimeSpan.FromTicks((long)json["Update"]!["MinHealthyTime"]! / 100), parsed.Update.MinHealthyTime);
        var group = parsed.TaskGroups!.Single();
        Assert.Equal((int?)json["TaskGroups"]![0]!["Count"], group.Count);
        var task = group.Tasks!.Single();
        Assert.Equal((string?)json["TaskGroups"]![0]!["Tasks"]![0]!["Config"]!["image"], task.Config!["image"].GetString());
        Assert.Equal(64, task.Resources!.MemoryMB);
    }

    [Fact]
    public async Task Every_answer_carries_only_fields_the_SDKs_models_know()
    {
        // ApiModel keeps fields a model has no property for; none may appear, or the demo invents a shape Nomad lacks.
        var unknown = new List<string>();
        var deployment = (await _nomad.Jobs.GetLatestDeploymentAsync("web")).Value!;
        var alloc = (await _nomad.Deployments.ListAllocationsAsync(deployment.Id!)).Value[0];
        var jobs = new List<JobListStub>();
        await foreach (var stub in _nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*" }))
        {
            jobs.Add(stub);
        }

        Collect("jobs", jobs, unknown);
        Collect("job", (await _nomad.Jobs.GetAsync("web")).Value, unknown);
        Collect("versions", (await _nomad.Jobs.GetVersionsAsync("web")).Value, unknown);
        Collect("summary", (await _nomad.Jobs.GetSummaryAsync("web")).Value, unknown);
        Collect("deployment", (await _nomad.Deployments.GetAsync(deployment.Id!)).Value, unknown);
        Collect("alloc stub", alloc, unknown);
        Collect("alloc", (await _nomad.Allocations.GetAsync(alloc.Id!)).Value, unknown);
        Collect("evaluation", (await _nomad.Evaluations.GetAsync(alloc.EvalId!)).Value, unknown);
        Collect("promote", (await _nomad.Deployments.PromoteAsync(deployment.Id!, new DeploymentPromoteOptions { All = true })).Value, unknown);
        Job job = await _nomad.Jobs.GetAsync("hello");
        job.Meta = new Dictionary<string, string> { ["release"] = "2" };
        Collect("register", (await _nomad.Jobs.RegisterAsync(job)).Value, unknown);

        // Nomad's write answers embed its query metadata; the SDK reads that from the headers instead.
        unknown.RemoveAll(u => u.EndsWith(".LastContact", StringComparison.Ordinal) || u.EndsWith(".KnownLeader", StringComparison.Ordinal));
        Assert.True(unknown.Count == 0, string.Join(", ", unknown.Select(u => System.Text.RegularExpressions.Regex.Replace(u, @"\[\d+\]", "[]")).Distinct()));
    }

    /// <summary>Walks a model graph and lists, by path, every field that landed in an <see cref="ApiModel.AdditionalProperties"/>.</summary>
    private static void Collect(string path, object? value, List<string> unknown)
    {
        switch (value)
        {
            case null or string or JsonElement:
                return;
            case System.Collections.IDictionary map:
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    Collect($"{path}[{entry.Key}]", entry.Value, unknown);
                }

                return;
            case System.Collections.IEnumerable list:
                var i = 0;
                foreach (var item in list)
                {
                    Collect($"{path}[{i++}]", item, unknown);
                }

                return;
            case ApiModel model:
                unknown.AddRange(model.AdditionalProperties?.Keys.Select(k => $"{path}.{k}") ?? []);
                foreach (var property in model.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(ApiModel.AdditionalProperties)))
                {
                    Collect($"{path}.{property.Name}", property.GetValue(model), unknown);
                }

                return;
        }
    }
}
