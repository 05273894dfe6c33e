using WireMock;

namespace DeploymentSdk.Nomad.Tests.Conventions;

/// <summary>
/// Compile-level proof of the signature rule: a list, a read, a write and a watch each take their per-call options
/// and then the <see cref="CancellationToken"/> POSITIONALLY — <c>(…, options, ct)</c>, no <c>cancellationToken:</c> —
/// and send what the options say.
/// </summary>
public sealed class PositionalCallTests
{
    private const string DeploymentId = "70638f62-5c19-193e-30d6-f9d6e689ab8e";

    [Fact]
    public async Task Jobs_ListAsync_takes_list_options_then_the_token()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/jobs", """[{"ID":"web","Status":"running"}]""");
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = cts.Token;

        var ids = new List<string?>();
        await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*" }, ct))
        {
            ids.Add(job.Id);
        }

        Assert.Equal(["web"], ids);
        var request = server.SingleRequest();
        Assert.Equal(("GET", "/v1/jobs"), (request.Method, request.Path));
        Assert.Equal("*", Single(request, "namespace"));
    }

    [Fact]
    public async Task Jobs_GetAsync_takes_query_options_then_the_token()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/job/web", """{"ID":"web","Version":3}""", index: "42");
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = cts.Token;

        var response = await nomad.Jobs.GetAsync("web", new NomadQueryOptions { Namespace = "apps", Region = "eu" }, ct);

        Assert.Equal(("web", 3UL, 42UL), (response.Value.Id, response.Value.Version, response.Meta.LastIndex));
        var request = server.SingleRequest();
        Assert.Equal(("GET", "/v1/job/web"), (request.Method, request.Path));
        Assert.Equal(("apps", "eu"), (Single(request, "namespace"), Single(request, "region")));
    }

    [Fact]
    public async Task Jobs_RegisterAsync_takes_register_options_then_the_token()
    {
        using var server = new NomadTestServer();
        server.Answer("POST", "/v1/jobs", """{"EvalID":"eval-1","EvalCreateIndex":7,"JobModifyIndex":7,"Index":7}""", index: "7");
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = cts.Token;

        var response = await nomad.Jobs.RegisterAsync(new Job { Id = "web" }, new JobRegisterOptions { Namespace = "apps", PreserveCounts = true }, ct);

        Assert.Equal("eval-1", response.Value.EvalId);
        var request = server.SingleRequest();
        Assert.Equal(("POST", "/v1/jobs"), (request.Method, request.Path));
        Assert.Equal("apps", Single(request, "namespace"));
        Assert.Contains("\"PreserveCounts\":true", request.Body!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deployments_WatchAsync_takes_watch_options_then_the_token()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/deployment/{DeploymentId}", $$"""{"ID":"{{DeploymentId}}","JobID":"web","Status":"running"}""", index: "11");
        using var nomad = server.CreateClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = cts.Token;

        Deployment? first = null;
        await foreach (var response in nomad.Deployments.WatchAsync(DeploymentId, new NomadWatchOptions { Query = new NomadQueryOptions { Namespace = "apps" } }, ct))
        {
            first = response.Value;
            break; // the current state is the first item; the rest of the watch is covered elsewhere
        }

        Assert.Equal((DeploymentId, DeploymentStatus.Running), (first?.Id, first?.Status));
        var request = Assert.Single(server.Requests).RequestMessage!;
        Assert.Equal(("GET", $"/v1/deployment/{DeploymentId}"), (request.Method, request.Path));
        Assert.Equal("apps", Single(request, "namespace"));
    }

    private static string Single(IRequestMessage request, string parameter) =>
        Assert.Single(Assert.Contains(parameter, request.Query!));
}
