using System.Text.RegularExpressions;
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Tests;

public sealed class QuickstartTests
{
    [Fact]
    public async Task Shows_jobs_a_deployment_progressing_to_successful_and_allocations_on_the_demo_server()
    {
        var run = await Sample.Quickstart.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[demo] NOMAD_ADDR is not set: using a DEMO server", run.Error, StringComparison.Ordinal);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s+api\s+default\s+service\s+running$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s+docs\s+staging\s+service\s+running$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s+nightly-report\s+default\s+batch\s+dead$"));
        Assert.Contains("Job api: version 1, running", run.Output, StringComparison.Ordinal);

        // The followed deployment (how far it got before the sample looked depends on the clock) ends successful.
        var following = lines.SkipWhile(l => !l.StartsWith("Following deployment", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("Allocations of", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(following);
        Assert.All(following[..^1], l => Assert.Matches(@"^\s+\d\d:\d\d:\d\d running    api: \d placed, \d/3 healthy, canaries 1/1( promoted)? - Deployment is running$", l));
        Assert.EndsWith("successful api: 3 placed, 3/3 healthy, canaries 1/1 promoted - Deployment completed successfully", following[^1], StringComparison.Ordinal);

        var allocations = lines.SkipWhile(l => !l.StartsWith("Allocations of api:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, allocations.Count(l => Regex.IsMatch(l, @"api\.api\[\d\]\s+v1\s+running\s+client-\d\s+server running$")));
        Assert.Equal(3, allocations.Count(l => Regex.IsMatch(l, @"api\.api\[\d\]\s+v0\s+complete\s+client-\d\s+server dead$")));

        var total = Regex.Match(run.Output, @"(\d+) allocations in (\d+) pages\.");
        Assert.True(total.Success, run.ToString());
        var (count, pages) = (int.Parse(total.Groups[1].Value), int.Parse(total.Groups[2].Value));
        Assert.Equal((count + 4) / 5, pages);
        Assert.Equal(pages, lines.Count(l => Regex.IsMatch(l, @"^\s+page \d+: ")));
    }

    [Fact]
    public async Task Reads_the_server_NOMAD_ADDR_names_with_no_code_change()
    {
        // Another demo server stands for a real agent; a job registered only there proves the sample read it.
        using var agent = DemoServer.Start(new DemoServerOptions { StepInterval = null });
        using (var nomad = NomadClient.Create(o => o.Address = new Uri(agent.NomadAddress)))
        {
            Job example = await nomad.Jobs.GetAsync("example");
            example.Id = example.Name = "only-on-this-agent";
            await nomad.Jobs.RegisterAsync(example);
        }

        var run = await Sample.Quickstart.RunAsync(["example"], new() { ["NOMAD_ADDR"] = agent.NomadAddress });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("[demo]", run.Error, StringComparison.Ordinal);
        Assert.Contains("only-on-this-agent", run.Output, StringComparison.Ordinal);
        Assert.Contains("Job example: version 0, running, stable True", run.Output, StringComparison.Ordinal);
        Assert.Contains("successful cache: 3 placed, 3/3 healthy - Deployment completed successfully", run.Output, StringComparison.Ordinal);
    }
}
