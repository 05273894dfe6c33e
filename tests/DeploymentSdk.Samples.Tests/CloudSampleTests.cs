namespace DeploymentSdk.Samples.Tests;

public sealed class CloudSampleTests
{
    [Fact]
    public async Task CloudFoundry_sample_finds_the_app_deploys_its_newest_droplet_and_shows_instance_health()
    {
        var run = await Sample.CloudFoundry.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[demo] CF_API is not set", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"^App demo-app \([0-9a-f-]{36}\) in space demo-space: STARTED\n", run.Output);
        Assert.Matches(@"Deploying droplet [0-9a-f-]{36} \(staged [^)]+\): deployment [0-9a-f-]{36} \(rolling\)", run.Output);
        // Instance health per process, live: the new web process starts while the old one still runs.
        Assert.Matches(@"(?m)^  \d\d:\d\d:\d\d (ACTIVE DEPLOYING|FINALIZED DEPLOYED)\s+(web: \d running, \d starting, \d crashed of 3; )?web \(new\): \d running, \d starting, 0 crashed of 3$", run.Output);
        Assert.Contains("FINALIZED DEPLOYED  web (new): 3 running, 0 starting, 0 crashed of 3", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Deployment Deployed: web (new): 3 running, 0 starting, 0 crashed of 3", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloudFoundry_sample_rolls_back_to_the_previous_revision_with_a_canary_and_follows_it_to_deployed()
    {
        var run = await Sample.CloudFoundry.RunAsync(["--rollback", "--strategy", "canary"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("revision   2  deployed  New droplet deployed.", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Rolling back from revision 2 to revision 1: deployment [0-9a-f-]{36} \(canary\)", run.Output);
        var follow = run.Output[run.Output.IndexOf("Rolling back", StringComparison.Ordinal)..];
        Assert.Matches(@"ACTIVE PAUSED \(canary step 1/1\)[^\n]*\n\s+canary is up: continuing", follow);
        Assert.Contains("FINALIZED DEPLOYED (canary step 1/1)  web (new): 3 running", follow, StringComparison.Ordinal);
        Assert.StartsWith("Deployment Deployed:", run.Output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "Cloud Foundry has no app named 'nope'", "--app", "nope")]
    [InlineData(2, "Unknown strategy 'blue': expected rolling or canary.", "--strategy", "blue")]
    [InlineData(2, "--space needs a value.", "--space")]
    [InlineData(2, "Unknown argument '--force'.", "--force")]
    public async Task CloudFoundry_sample_rejects_an_unknown_app_or_bad_arguments_with_exit_code_2(int exitCode, string reason, params string[] args)
    {
        var run = await Sample.CloudFoundry.RunAsync(args);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Deploying", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_samples_read_the_servers_their_variables_name()
    {
        using var demo = DemoServer.Start(new DemoServerOptions { StepInterval = TimeSpan.FromMilliseconds(200) });

        var cf = await Sample.CloudFoundry.RunAsync(environment: new()
        {
            ["CF_API"] = demo.CloudFoundryAddress.ToString(),
            ["CF_TOKEN"] = "a-token",
        });
        var cloud66 = await Sample.Cloud66.RunAsync(environment: new()
        {
            ["CLOUD66_API"] = demo.Cloud66Address.ToString(),
            ["CLOUD66_ACCESS_TOKEN"] = "a-token",
        });

        Assert.True(cf.ExitCode == 0, cf.ToString());
        Assert.DoesNotContain("[demo]", cf.Error, StringComparison.Ordinal);
        Assert.StartsWith("Deployment Deployed:", cf.Output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.True(cloud66.ExitCode == 0, cloud66.ToString());
        Assert.DoesNotContain("[demo]", cloud66.Error, StringComparison.Ordinal);
        Assert.EndsWith("Redeploy succeeded: Stack redeployed successfully", cloud66.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cloud66_sample_finds_the_stack_by_name_pages_through_deployments_and_redeploys_it_to_success()
    {
        var run = await Sample.Cloud66.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"Stacks:\n\s+api\s+production\s+[0-9a-f]{32}\n", run.Output);
        Assert.Contains($"Deployments of stack {DemoServer.Cloud66StackId}:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Redeploying stack api:", run.Output, StringComparison.Ordinal);
        Assert.Contains("[demo] CLOUD66_ACCESS_TOKEN is not set", run.Error, StringComparison.Ordinal);
        Assert.Contains("page 1 of 2 (6 in all):", run.Output, StringComparison.Ordinal);
        Assert.Contains("page 2 of 2 (6 in all):", run.Output, StringComparison.Ordinal);
        Assert.Contains("#103  redeploy  failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("Latest: #106 main@", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"poll \d+: finished, success True", run.Output);
        Assert.EndsWith("Redeploy succeeded: Stack redeployed successfully", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cloud66_sample_names_a_stack_it_cannot_find_and_exits_2()
    {
        var run = await Sample.Cloud66.RunAsync(["no-such-stack"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Cloud66 has no stack named 'no-such-stack'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Redeploying", run.Output, StringComparison.Ordinal);
    }
}
