namespace DeploymentSdk.Samples.Tests;

public sealed class DeployAndWatchTests
{
    private static readonly string Jobs = Path.Combine(Sample.RepoRoot, "samples", "Nomad.DeployAndWatch", "jobs");

    [Fact]
    public async Task Deploys_the_HCL_job_promotes_the_canary_and_exits_0_when_successful()
    {
        var run = await Sample.DeployAndWatch.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^Registered job ""hello"" from hello\.nomad\.hcl: evaluation [0-9a-f]{8}\n(Evaluation pending\n)?Evaluation complete\nFollowing deployment [0-9a-f]{8}:", run.Output);
        Assert.Contains("requires manual promotion", run.Output, StringComparison.Ordinal);
        Assert.Contains("Canaries are healthy: promoting", run.Output, StringComparison.Ordinal);
        Assert.Contains("successful web: 3 placed, 3/3 healthy, 0 unhealthy, canaries 1/1 promoted - Deployment completed successfully", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"hello\.web\[0\]\s+running\s+healthy\s+canary Started", run.Output);
        Assert.Matches(@"Deployment [0-9a-f]{8} Successful: Deployment completed successfully\s*$", run.Output);
    }

    [Fact]
    public async Task Deploys_the_JSON_job_file_too()
    {
        var run = await Sample.DeployAndWatch.RunAsync([Path.Combine(Jobs, "hello.nomad.json")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("from hello.nomad.json", run.Output, StringComparison.Ordinal);
        Assert.Contains("Deployment completed successfully", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crashing_version_fails_rolls_back_and_exits_1()
    {
        var run = await Sample.DeployAndWatch.RunAsync([Path.Combine(Jobs, "hello-broken.nomad.hcl")]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("promoting", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"hello\.web\[0\]\s+failed\s+unhealthy\s+canary Not Restarting", run.Output);
        Assert.Matches(@"Deployment [0-9a-f]{8} AutoReverted: Failed due to unhealthy allocations - rolling back to job version 0\s*$", run.Output);
    }

    [Fact]
    public async Task A_failed_deployment_prints_the_failing_task_its_exit_code_and_its_stderr()
    {
        var run = await Sample.DeployAndWatch.RunAsync([Path.Combine(Jobs, "hello-broken.nomad.hcl")]);

        Assert.True(run.ExitCode == 1, run.ToString());
        var why = run.Output[run.Output.IndexOf("Why it failed:", StringComparison.Ordinal)..];
        Assert.Matches(@"Allocation hello\.web\[0\] \([0-9a-f]{8}\) group web on node \S+: failed, unhealthy", why);
        Assert.Contains("Task \"server\" dead, failed, exit code 1", why, StringComparison.Ordinal);
        Assert.Contains("Terminated: Exit Code: 1", why, StringComparison.Ordinal);
        Assert.Matches(@"Last \d+ lines of stderr:\n\s+\| panic: cannot connect to billing database", why);
        Assert.DoesNotContain("Logs not readable", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follow_logs_prints_the_tasks_output_live_prefixed_by_its_allocation()
    {
        var run = await Sample.DeployAndWatch.RunAsync([Path.Combine(Jobs, "hello-broken.nomad.hcl"), "--follow-logs", "server"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"Following the logs of server in hello\.web\[0\] \([0-9a-f]{8}\)", run.Output);
        Assert.Matches(@"\[[0-9a-f]{8} server\] \S+ server: starting version 1", run.Output);
        // The live lines come before the end of the follow, not after it.
        Assert.True(run.Output.IndexOf("server: starting version", StringComparison.Ordinal) < run.Output.IndexOf("Allocations:", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task Without_promotion_it_stops_at_the_timeout_with_exit_code_4()
    {
        var run = await Sample.DeployAndWatch.RunAsync(["--no-promote", "--timeout", "6"]);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("Deployment is running but requires manual promotion", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("promoting", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Still running after 6 s; stopped following (the deployment goes on in Nomad).", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cannot parse 'abc' for --timeout: expected a positive number of seconds.", "--timeout", "abc")]
    [InlineData("Cannot parse '-5' for --timeout", "--timeout", "-5")]
    [InlineData("Required argument missing for option: '--timeout'.", "--timeout")]
    [InlineData("Unrecognized command or argument 'b.hcl'.", "a.hcl", "b.hcl")]
    public async Task Bad_arguments_exit_2_with_the_reason_before_anything_starts(string reason, params string[] args)
    {
        var run = await Sample.DeployAndWatch.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 deployed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[demo]", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Help_goes_to_stdout_with_exit_code_0()
    {
        var run = await Sample.DeployAndWatch.RunAsync(["--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("--no-promote", run.Output, StringComparison.Ordinal);
        Assert.Contains("--timeout <seconds>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--follow-logs <task>", run.Output, StringComparison.Ordinal);
        Assert.Contains("4 still running at --timeout", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Registering_the_same_job_twice_needs_no_deployment_the_second_time()
    {
        using var agent = DemoServer.Start(new DemoServerOptions { StepInterval = TimeSpan.FromMilliseconds(200) });
        var environment = new Dictionary<string, string> { ["NOMAD_ADDR"] = agent.NomadAddress };

        var first = await Sample.DeployAndWatch.RunAsync(null, environment);
        var second = await Sample.DeployAndWatch.RunAsync(null, environment);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("[demo]", first.Error + second.Error, StringComparison.Ordinal);
        Assert.EndsWith("No deployment needed: the job did not change, or it is not a service job with an update block.", second.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_or_a_job_Nomad_rejects_exits_2()
    {
        var missing = await Sample.DeployAndWatch.RunAsync(["no-such-file.hcl"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("Cannot read no-such-file.hcl", missing.Error.Split('\n')[^2], StringComparison.Ordinal);

        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.nomad.hcl");
        await File.WriteAllTextAsync(bad, "job \"oops\" {\n  group \"g\" {\n    count = \n");
        try
        {
            var rejected = await Sample.DeployAndWatch.RunAsync([bad]);
            Assert.Equal(2, rejected.ExitCode);
            Assert.Contains("Nomad rejected the job", rejected.Error, StringComparison.Ordinal);
            Assert.Contains("error parsing jobspec", rejected.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
