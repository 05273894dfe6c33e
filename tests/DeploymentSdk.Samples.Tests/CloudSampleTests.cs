namespace DeploymentSdk.Samples.Tests;

public sealed class CloudSampleTests
{
    [Fact]
    public async Task CloudFoundry_sample_follows_a_rolling_deployment_and_continues_a_canary_to_deployed()
    {
        var run = await Sample.CloudFoundry.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[demo] CF_API is not set", run.Error, StringComparison.Ordinal);
        // Two deployments at start: an old one and a rolling one that finishes a few steps in (whether it is still
        // active when the sample lists it depends on the clock; if it is, the sample follows it to the end).
        Assert.Equal(2, run.Output.Split('\n').Count(l => l.Contains("rolling  ", StringComparison.Ordinal)));
        Assert.Contains("rolling  FINALIZED DEPLOYED", run.Output, StringComparison.Ordinal);
        if (run.Output.Contains("rolling  ACTIVE    DEPLOYING", StringComparison.Ordinal))
        {
            Assert.Contains("  -> Deployed", run.Output, StringComparison.Ordinal);
        }

        var canary = run.Output[run.Output.IndexOf("Started canary deployment", StringComparison.Ordinal)..];
        Assert.Matches(@"ACTIVE PAUSED \(canary step 1/1\)\s+canary is up: continuing", canary);
        Assert.Contains("FINALIZED DEPLOYED (canary step 1/1)", canary, StringComparison.Ordinal);
        Assert.EndsWith("Canary deployment Deployed.", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_samples_read_the_servers_their_variables_name()
    {
        using var demo = DemoServer.Start(new DemoServerOptions { StepInterval = TimeSpan.FromMilliseconds(200) });

        var cf = await Sample.CloudFoundry.RunAsync(environment: new()
        {
            ["CF_API"] = demo.CloudFoundryAddress.ToString(),
            ["CF_TOKEN"] = "a-token",
            ["CF_APP_GUID"] = DemoServer.CloudFoundryAppGuid,
        });
        var cloud66 = await Sample.Cloud66.RunAsync(environment: new()
        {
            ["CLOUD66_API"] = demo.Cloud66Address.ToString(),
            ["CLOUD66_ACCESS_TOKEN"] = "a-token",
            ["CLOUD66_STACK_ID"] = DemoServer.Cloud66StackId,
        });

        Assert.True(cf.ExitCode == 0, cf.ToString());
        Assert.DoesNotContain("[demo]", cf.Error, StringComparison.Ordinal);
        Assert.EndsWith("Canary deployment Deployed.", cf.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.True(cloud66.ExitCode == 0, cloud66.ToString());
        Assert.DoesNotContain("[demo]", cloud66.Error, StringComparison.Ordinal);
        Assert.EndsWith("Redeploy succeeded: Stack redeployed successfully", cloud66.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cloud66_sample_pages_through_deployments_and_follows_a_redeploy_to_success()
    {
        var run = await Sample.Cloud66.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[demo] CLOUD66_ACCESS_TOKEN is not set", run.Error, StringComparison.Ordinal);
        Assert.Contains("page 1 of 2 (6 in all):", run.Output, StringComparison.Ordinal);
        Assert.Contains("page 2 of 2 (6 in all):", run.Output, StringComparison.Ordinal);
        Assert.Contains("#103  redeploy  failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("Latest: #106 main@", run.Output, StringComparison.Ordinal);
        Assert.Contains("Redeploy: Stack queued for redeployment (action 4201)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"poll \d+: finished, success True", run.Output);
        Assert.EndsWith("Redeploy succeeded: Stack redeployed successfully", run.Output.TrimEnd(), StringComparison.Ordinal);
    }
}
