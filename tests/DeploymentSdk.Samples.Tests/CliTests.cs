using System.Text.Json;
using System.Text.RegularExpressions;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Tests;

/// <summary>
/// Nomad.Cli against one demo server per test (NOMAD_ADDR), so several commands see the same cluster; the server
/// moves only when the test calls Step, so what each command sees is exact.
/// </summary>
public sealed class CliTests : IDisposable
{
    private readonly DemoServer _agent = DemoServer.Start(new DemoServerOptions { StepInterval = null });

    public void Dispose() => _agent.Dispose();

    [Fact]
    public async Task Lists_and_reads_jobs()
    {
        var list = await RunAsync("jobs", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"(?m)^ID\s+Namespace\s+Type\s+Priority\s+Status\s+Submitted$", list.Output);
        Assert.Matches(@"(?m)^docs\s+staging\s+service\s+50\s+running\s", list.Output);
        Assert.Equal(8, list.Output.Trim().Split('\n').Length);

        var job = await RunAsync("jobs", "get", "web");
        Assert.Equal(0, job.ExitCode);
        Assert.Contains("Version       = 1 (stable: False)", job.Output, StringComparison.Ordinal);
        Assert.Contains("frontend: count 3, canary 1, tasks nginx (docker nginx:1.28)", job.Output, StringComparison.Ordinal);

        var json = await RunAsync("jobs", "get", "web", "--json");
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("web", document.RootElement.GetProperty("ID").GetString());
        Assert.Equal("nginx:1.28", document.RootElement.GetProperty("TaskGroups")[0].GetProperty("Tasks")[0].GetProperty("Config").GetProperty("image").GetString());
    }

    [Fact]
    public async Task Promotes_a_deployment_by_short_ID_and_reports_Nomads_refusal_the_second_time()
    {
        var web = await DeploymentAsync("web", 1);
        var get = await RunAsync("deployments", "get", web[..8]);
        Assert.Contains("Description = Deployment is running but requires manual promotion", get.Output, StringComparison.Ordinal);

        var promote = await RunAsync("deployments", "promote", web[..8]);
        Assert.True(promote.ExitCode == 0, promote.ToString());
        Assert.Matches($@"^Promoted the canaries of deployment {web[..8]}: evaluation [0-9a-f]{{8}}\.", promote.Output);

        var again = await RunAsync("deployments", "promote", web);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("no canaries to promote", again.Error, StringComparison.Ordinal);

        for (var i = 0; i < 8; i++)
        {
            _agent.Step();
        }

        var done = await RunAsync("deployments", "get", web);
        Assert.Contains("Status      = successful", done.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^frontend\s+true\s+3\s+1\s+3\s+3\s+0$", done.Output);
    }

    [Fact]
    public async Task Fails_a_deployment()
    {
        var web = await DeploymentAsync("web", 1);

        var fail = await RunAsync("deployments", "fail", web[..6]);

        Assert.True(fail.ExitCode == 0, fail.ToString());
        Assert.StartsWith($"Marked deployment {web[..8]} as failed", fail.Output, StringComparison.Ordinal);
        var list = await RunAsync("deployments", "list", "--job", "web");
        Assert.Matches($@"(?m)^{web[..8]}\s+web\s+1\s+failed\s+Deployment marked as failed$", list.Output);
    }

    [Fact]
    public async Task Watches_a_deployment_to_its_end_with_an_exit_code_that_says_how_it_ended()
    {
        var api = await DeploymentAsync("api", 1);
        var billing = await DeploymentAsync("billing", 1);
        using var stepping = Stepping();

        var success = await RunAsync("deployments", "watch", api[..8]);
        var failure = await RunAsync("deployments", "watch", billing[..8]);

        Assert.True(success.ExitCode == 0, success.ToString());
        Assert.Matches(@"successful\s+api 3/3 healthy, canaries 1/1 promoted - Deployment completed successfully\s*$", success.Output);
        Assert.True(failure.ExitCode == 1, failure.ToString());
        Assert.Matches(@"failed\s+worker 0/2 healthy, 2 unhealthy - Failed due to unhealthy allocations - rolling back to job version 0\s*$", failure.Output);
    }

    [Fact]
    public async Task Lists_reads_and_watches_allocations()
    {
        var list = await RunAsync("allocs", "list", "--job", "billing", "--json");
        using var document = JsonDocument.Parse(list.Output);
        var placed = document.RootElement.EnumerateArray().Single(a => a.GetProperty("JobVersion").GetInt32() == 1 && a.GetProperty("Name").GetString() == "billing.worker[0]");
        var id = placed.GetProperty("ID").GetString()!;

        var get = await RunAsync("allocs", "get", id[..8]);
        Assert.Contains("Client status = pending (No tasks have started)", get.Output, StringComparison.Ordinal);
        Assert.Contains("Task \"worker\" is \"pending\" (restarts 0)", get.Output, StringComparison.Ordinal);

        using var stepping = Stepping();
        var watch = await RunAsync("allocs", "watch", id);
        Assert.True(watch.ExitCode == 1, watch.ToString());
        var states = watch.Output.Trim().Split('\n').Select(l => Regex.Match(l, @"^\S+ (\w+)").Groups[1].Value).Distinct().ToList();
        Assert.Equal("failed", states[^1]);
        Assert.Contains("unhealthy: worker dead (Not Restarting)", watch.Output, StringComparison.Ordinal);

        var all = await RunAsync("allocs", "list", "--per-page", "4");
        Assert.True(all.Output.Trim().Split('\n').Length > 20, all.ToString());
    }

    [Fact]
    public async Task Prints_a_tasks_logs_for_its_only_task_or_the_one_named()
    {
        var id = await RunningAllocationAsync();

        var stdout = await RunAsync("allocs", "logs", id[..8]);
        Assert.True(stdout.ExitCode == 0, stdout.ToString());
        Assert.Matches(@"^\S+ redis: starting version \d+ on client-\d\n", stdout.Output);

        var withTask = await RunAsync("allocs", "logs", id, "--task", "redis");
        Assert.Equal(stdout.Output, withTask.Output);

        var unknownTask = await RunAsync("allocs", "logs", id, "--task", "nope");
        Assert.Equal(1, unknownTask.ExitCode);
        Assert.Contains("unknown task name \"nope\"", unknownTask.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_a_tasks_log_as_it_grows_until_the_timeout()
    {
        // A demo server on its own clock, so the task keeps logging while the command follows it.
        using var agent = DemoServer.Start(new DemoServerOptions { StepInterval = TimeSpan.FromMilliseconds(200) });
        var id = await RunningAllocationAsync(agent);
        var environment = new Dictionary<string, string> { ["NOMAD_ADDR"] = agent.NomadAddress };

        // A generous --timeout: a process started on a busy machine must get to its first lines before it.
        var followed = await Sample.Cli.RunAsync(["allocs", "logs", id, "-f", "--timeout", "10"], environment);

        Assert.True(followed.ExitCode == 0, followed.ToString());
        Assert.Matches(@"^\S+ redis: starting version \d+ on client-\d\n", followed.Output);
        Assert.True(followed.Output.Split('\n').Length > 3, followed.ToString());
    }

    [Fact]
    public async Task Prints_the_failing_tasks_stderr()
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri(_agent.NomadAddress));
        using (Stepping())
        {
            // billing.worker[0] of version 1 crashes with a stack trace on standard error.
            string? id = null;
            for (var i = 0; i < 100 && id is null; i++)
            {
                id = (await nomad.Jobs.ListAllocationsAsync("billing")).Value
                    .FirstOrDefault(a => a.JobVersion == 1 && a.ClientStatus == AllocationClientStatus.Failed)?.Id;
                await Task.Delay(100);
            }

            Assert.NotNull(id);
            var stderr = await RunAsync("allocs", "logs", id, "--stderr");
            Assert.True(stderr.ExitCode == 0, stderr.ToString());
            Assert.Contains("panic:", stderr.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Shows_an_allocations_resource_usage_as_a_table_and_as_JSON()
    {
        var id = await RunningAllocationAsync();

        var table = await RunAsync("allocs", "stats", id[..8]);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Matches(@"(?m)^Task\s+CPU %\s+CPU ticks\s+Memory RSS\s+Memory max$", table.Output);
        Assert.Matches(@"(?m)^\(allocation\)\s+\d+\.\d\d\s+\d+\s+\d+\.\d MiB\s+\d+\.\d MiB$", table.Output);
        Assert.Matches(@"(?m)^redis\s+\d+\.\d\d\s+\d+\s+\d+\.\d MiB", table.Output);

        var json = await RunAsync("allocs", "stats", id, "--json");
        using var document = JsonDocument.Parse(json.Output);
        Assert.True(document.RootElement.GetProperty("ResourceUsage").GetProperty("MemoryStats").GetProperty("RSS").GetUInt64() > 0);
        Assert.True(document.RootElement.GetProperty("Tasks").TryGetProperty("redis", out _));
    }

    [Fact]
    public async Task Exec_asks_Nomad_for_the_exec_WebSocket_and_reports_its_refusal()
    {
        // The demo server has no exec WebSocket: the command reaches Nomad's endpoint and reports the 404 as a refusal.
        var id = await RunningAllocationAsync();

        var exec = await RunAsync("allocs", "exec", id[..8], "--task", "redis", "--", "/bin/echo", "hi");

        Assert.Equal(1, exec.ExitCode);
        Assert.Contains($"v1/client/allocation/{id}/exec", exec.Error, StringComparison.Ordinal);
        Assert.Contains("404", exec.Error, StringComparison.Ordinal);
        Assert.Empty(exec.Output);
    }

    [Fact]
    public async Task Streams_events_replaying_from_an_index()
    {
        var api = await DeploymentAsync("api", 1);
        for (var i = 0; i < 8; i++)
        {
            _agent.Step();
        }

        // The stream never ends by itself: read until the last event is there, then stop the tool.
        var output = await Sample.Cli.RunUntilAsync(
            o => o.Contains("api v1 successful", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            new() { ["NOMAD_ADDR"] = _agent.NomadAddress },
            ["events", "--topic", $"Deployment:{api}", "--index", "1"]);

        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, l => Assert.Matches($@"^\s*\d+ Deployment DeploymentStatusUpdate {api[..8]} api v1 ", l));
        Assert.EndsWith("api v1 successful - Deployment completed successfully", lines[^1], StringComparison.Ordinal);
        Assert.True(lines.Count >= 3, output);
    }

    private static readonly string[][] EveryCommand =
    [
        [], ["jobs"], ["jobs", "list"], ["jobs", "get"],
        ["deployments"], ["deployments", "list"], ["deployments", "get"], ["deployments", "watch"], ["deployments", "promote"], ["deployments", "fail"],
        ["allocs"], ["allocs", "list"], ["allocs", "get"], ["allocs", "watch"],
        ["allocs", "logs"], ["allocs", "exec"], ["allocs", "stats"], ["events"],
    ];

    private static readonly (string Reason, string[] Args)[] BadUsage =
    [
        ("Required command was not provided.", []),
        ("Unrecognized command or argument 'bogus'.", ["bogus"]),
        ("Cannot parse 'abc' for --per-page: expected a positive whole number.", ["allocs", "list", "--per-page", "abc"]),
        ("Cannot parse '0' for --per-page: expected a positive whole number.", ["allocs", "list", "--per-page", "0"]),
        ("Cannot parse 'soon' for --timeout: expected a positive number of seconds.", ["events", "--timeout", "soon"]),
        ("Required argument 'id' missing for command: 'logs'.", ["allocs", "logs"]),
        ("Unrecognized command or argument 'extra'.", ["allocs", "logs", "0fafbfb9", "extra"]),
        ("Option '--task' is required.", ["allocs", "exec", "0fafbfb9", "--", "/bin/ls"]),
        ("Required argument 'command' missing for command: 'exec'.", ["allocs", "exec", "0fafbfb9", "--task", "server"]),
        ("Required argument 'id' missing for command: 'stats'.", ["allocs", "stats"]),
        ("Cannot parse 'localhost' for --address: expected an http:// or https:// address.", ["jobs", "list", "--address", "localhost"]),
        ("Cannot parse 'x' for --index: expected a Raft index (a whole number).", ["events", "--index", "x"]),
        ("Required argument 'job' missing for command: 'get'.", ["jobs", "get"]),
        ("Unrecognized command or argument '--nope'.", ["jobs", "list", "--nope"]),
    ];

    [Fact]
    public async Task Help_of_every_command_goes_to_stdout_with_exit_code_0()
    {
        // Independent processes, run side by side to keep the suite short.
        var runs = await Task.WhenAll(EveryCommand.Select(command => Sample.Cli.RunAsync([.. command, "--help"])));

        foreach (var (command, help) in EveryCommand.Zip(runs))
        {
            Assert.True(help.ExitCode == 0, $"{string.Join(' ', command)} --help: {help}");
            Assert.Empty(help.Error);
            Assert.Contains($"nomad-sdk {string.Join(' ', command)}".TrimEnd(), help.Output, StringComparison.Ordinal);
            Assert.Contains("--json", help.Output, StringComparison.Ordinal);
            Assert.Contains("--namespace", help.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 done; 1 Nomad refused", runs[0].Output, StringComparison.Ordinal);
        Assert.Contains("NOMAD_ADDR, NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION", runs[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_usage_exits_2_with_the_reason_and_the_usage_and_starts_nothing()
    {
        // No NOMAD_ADDR: a command that ran would start the demo server and say so; bad usage must not get that far.
        var runs = await Task.WhenAll(BadUsage.Select(bad => Sample.Cli.RunAsync(bad.Args)));

        foreach (var ((reason, args), run) in BadUsage.Zip(runs))
        {
            Assert.True(run.ExitCode == 2, $"{string.Join(' ', args)}: {run}");
            Assert.Empty(run.Output);
            Assert.Contains(reason, run.Error, StringComparison.Ordinal);
            Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
            Assert.Contains("Run 'nomad-sdk --help'", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("[demo]", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_address_flag_wins_over_NOMAD_ADDR()
    {
        var run = await Sample.Cli.RunAsync(["jobs", "get", "web", "--address", _agent.NomadAddress], new() { ["NOMAD_ADDR"] = "http://127.0.0.1:1" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Version       = 1 (stable: False)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_address_it_starts_the_demo_server_by_itself()
    {
        var run = await Sample.Cli.RunAsync(["jobs", "list", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\[demo\] NOMAD_ADDR is not set: using a DEMO server at http://127\.0\.0\.1:\d+ ", run.Error);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(7, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Unknown_IDs_exit_2_and_refusals_exit_1()
    {
        var unknown = await RunAsync("deployments", "get", "0000");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("No deployment with ID prefix \"0000\" found.", unknown.Error, StringComparison.Ordinal);

        var notHex = await RunAsync("allocs", "get", "xyz");
        Assert.Equal(2, notHex.ExitCode);

        var missingJob = await RunAsync("jobs", "get", "nope");
        Assert.Equal(1, missingJob.ExitCode);
        Assert.Contains("job not found", missingJob.Error, StringComparison.Ordinal);
    }

    private Task<SampleResult> RunAsync(params string[] args) =>
        Sample.Cli.RunAsync(args, new() { ["NOMAD_ADDR"] = _agent.NomadAddress });

    private async Task<string> DeploymentAsync(string job, ulong version)
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri(_agent.NomadAddress!));
        var deployments = (await nomad.Jobs.ListDeploymentsAsync(job)).Value;
        return deployments.Single(d => d.JobVersion == version).Id!;
    }

    /// <summary>The ID of the demo's running redis allocation (one task, <c>redis</c>).</summary>
    private Task<string> RunningAllocationAsync() => RunningAllocationAsync(_agent);

    private static async Task<string> RunningAllocationAsync(DemoServer agent)
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri(agent.NomadAddress));
        var allocations = (await nomad.Jobs.ListAllocationsAsync("example")).Value;
        return allocations.First(a => a.ClientStatus == AllocationClientStatus.Running && a.TaskStates?.ContainsKey("redis") == true).Id!;
    }

    /// <summary>Steps the agent every 200 ms while a watch runs.</summary>
    private Timer Stepping() => new(_ => _agent.Step(), null, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200));
}
