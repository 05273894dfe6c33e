using DeploymentSdk.Samples.Tests.Readme;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace DeploymentSdk.Samples.Tests;

/// <summary>
/// The tests that set this process's NOMAD_* variables run alone: no other test (nor a sample it starts as a child
/// process, which inherits the environment) runs while they are set.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

/// <summary>The README's quickstart reads its server from the environment, as it says.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ReadmeEnvironmentTests : IDisposable
{
    private readonly Dictionary<string, string?> _saved;

    public ReadmeEnvironmentTests()
    {
        // Start from no NOMAD_* variable at all (the machine running the tests may point at a real cluster).
        _saved = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("NOMAD_", StringComparison.Ordinal))
            .ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var name in _saved.Keys)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    public void Dispose()
    {
        foreach (var name in new[] { "NOMAD_ADDR", "NOMAD_TOKEN" }.Concat(_saved.Keys))
        {
            Environment.SetEnvironmentVariable(name, _saved.GetValueOrDefault(name));
        }
    }

    [Fact]
    public async Task The_quickstart_snippet_sends_its_request_to_NOMAD_ADDR_with_NOMAD_TOKEN()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("X-Nomad-Index", "7")
                .WithBody("""[{"ID":"from-nomad-addr","Name":"from-nomad-addr","Namespace":"default","Type":"service","Status":"running"}]"""));
        Environment.SetEnvironmentVariable("NOMAD_ADDR", server.Url);
        Environment.SetEnvironmentVariable("NOMAD_TOKEN", "readme-test-token");

        using var output = new StringWriter();
        await QuickstartSnippet.RunAsync(output).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["from-nomad-addr running"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        var request = Assert.Single(server.LogEntries).RequestMessage!;
        Assert.Equal("/v1/jobs", request.Path);
        Assert.Equal("*", Assert.Single(request.Query!["namespace"]));
        Assert.True(request.Headers!.TryGetValue("X-Nomad-Token", out var token) && token.SequenceEqual(["readme-test-token"]), "NOMAD_TOKEN was not sent as X-Nomad-Token.");
    }

    [Fact]
    public async Task The_quickstart_snippet_lists_every_job_of_a_server_on_the_default_address()
    {
        DemoServer demo;
        try
        {
            demo = DemoServer.Start(new DemoServerOptions { StepInterval = null, Port = 4646 });
        }
        catch (Exception)
        {
            // Something (a real agent, a standalone demo server) already listens on 4646: the test above covers the snippet then.
            return;
        }

        using (demo)
        {
            using var output = new StringWriter();
            await QuickstartSnippet.RunAsync(output).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(
                ["api running", "billing running", "docs running", "example running", "hello running", "nightly-report dead", "web running"],
                output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
