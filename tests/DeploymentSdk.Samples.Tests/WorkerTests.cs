using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Tests;

public sealed class WorkerTests
{
    [Fact]
    public async Task Starts_on_the_demo_server_and_logs_the_deployments_running_there()
    {
        // A bound, not a pace: it ends as soon as the line is there (a loaded machine starts two processes slowly).
        var output = await Sample.Worker.RunUntilAsync(o => o.Contains("Watching", StringComparison.Ordinal), TimeSpan.FromSeconds(90));

        Assert.Contains("[demo] NOMAD_ADDR is not set", output, StringComparison.Ordinal);
        Assert.Matches(@"info: DeploymentSdk\.Samples\.Worker\.DeploymentWatcher\[0\] Watching \d+ deployments from index \d+\. Press Ctrl\+C to stop\.", output);
        // The web deployment waits for a promotion, so it is running whenever the worker starts.
        Assert.Contains("of web v1: running (frontend 1/3 healthy, canaries 1/1) Deployment is running but requires manual promotion", output, StringComparison.Ordinal);
        Assert.DoesNotContain("of example v0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takes_the_Nomad_address_from_configuration()
    {
        // Another demo server stands for the real agent (so the test decides when it moves); a job registered only
        // there must show up in the log, with the seeded rollouts.
        using var agent = DemoServer.Start(new DemoServerOptions { StepInterval = null });
        using (var nomad = NomadClient.Create(o => o.Address = new Uri(agent.NomadAddress)))
        {
            Job job = await nomad.Jobs.GetAsync("example");
            job.Id = job.Name = "fresh";
            await nomad.Jobs.RegisterAsync(job);
        }

        Timer? stepping = null;
        try
        {
            // The agent moves only once the worker watches, so the worker sees the new deployment from its start.
            var output = await Sample.Worker.RunUntilAsync(
                o =>
                {
                    if (stepping is null && o.Contains("Watching", StringComparison.Ordinal))
                    {
                        stepping = new Timer(_ => agent.Step(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
                    }

                    return o.Contains("of fresh v0: successful", StringComparison.Ordinal)
                        && o.Contains("of api v1: successful", StringComparison.Ordinal)
                        && o.Contains("of billing v2: successful", StringComparison.Ordinal);
                },
                TimeSpan.FromSeconds(40),
                new() { ["Nomad__Address"] = agent.NomadAddress });

            Assert.DoesNotContain("[demo]", output, StringComparison.Ordinal);
            Assert.Matches(@"of fresh v0: running \(cache \d/3 healthy\) Deployment is running", output);
            Assert.Contains("of fresh v0: successful (cache 3/3 healthy) Deployment completed successfully", output, StringComparison.Ordinal);
            Assert.Contains("of api v1: running (api 0/3 healthy, canaries 1/1) Deployment is running", output, StringComparison.Ordinal);
            Assert.Contains("of api v1: successful (api 3/3 healthy, canaries 1/1 promoted) Deployment completed successfully", output, StringComparison.Ordinal);
            Assert.Matches(@"warn: .* of billing v1: failed \(worker 0/2 healthy, 2 unhealthy\) Failed due to unhealthy allocations - rolling back to job version 0", output);
            Assert.Contains("of billing v2: successful (worker 2/2 healthy) Deployment completed successfully", output, StringComparison.Ordinal);
        }
        finally
        {
            stepping?.Dispose();
        }
    }
}
