using WireMock.RequestBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests.Conventions;

/// <summary>
/// Compile-level proof of the signature rule: a list, a read, a write and a follow take their required arguments, then
/// their per-call options (where they have any), then the <see cref="CancellationToken"/> POSITIONALLY — no
/// <c>cancellationToken:</c> — and send what the options say.
/// </summary>
public sealed class PositionalCallTests : IDisposable
{
    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";
    private readonly CfTestHost _host = CfTestHost.Start();
    private readonly CancellationTokenSource _cts = new(TimeSpan.FromSeconds(30));

    public void Dispose()
    {
        _cts.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task Deployments_ListAsync_takes_list_options_then_the_token()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingGet()).RespondWith(JsonAnswer(200, ListPage(1, Guid, next: null)));
        var ct = _cts.Token;

        var guids = new List<string?>();
        await foreach (var deployment in _host.Deployments.ListAsync(new DeploymentListOptions { AppGuids = ["app-1"] }, ct))
        {
            guids.Add(deployment.Guid);
        }

        Assert.Equal([Guid], guids);
        var request = Assert.Single(_host.Requests);
        Assert.Equal(("GET", "/v3/deployments"), (request.Method, request.Path));
        Assert.Equal("app-1", Assert.Single(request.Query!["app_guids"]));
    }

    [Fact]
    public async Task Deployments_GetAsync_takes_the_guid_then_the_token()
    {
        _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}").UsingGet())
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));
        var ct = _cts.Token;

        var deployment = await _host.Deployments.GetAsync(Guid, ct);

        Assert.Equal(Guid, deployment.Guid);
        var request = Assert.Single(_host.Requests);
        Assert.Equal(("GET", $"/v3/deployments/{Guid}"), (request.Method, request.RawPathAndQuery()));
    }

    [Fact]
    public async Task Deployments_CreateAsync_takes_the_request_then_the_token()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingPost())
            .RespondWith(JsonAnswer(201, Fixture.Read("Deployments/deployment-canary.json")));
        var ct = _cts.Token;

        var deployment = await _host.Deployments.CreateAsync(new CreateDeploymentRequest("app-1") { Strategy = DeploymentStrategy.Canary }, ct);

        Assert.Equal(Guid, deployment.Guid);
        var request = Assert.Single(_host.Requests);
        Assert.Equal(("POST", "/v3/deployments"), (request.Method, request.Path));
        Assert.Contains("\"app-1\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"canary\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deployments_FollowAsync_takes_follow_options_then_the_token()
    {
        var deployed = Fixture.Read("Deployments/deployment-canary.json")
            .Replace("\"ACTIVE\"", "\"FINALIZED\"", StringComparison.Ordinal)
            .Replace("\"DEPLOYING\"", "\"DEPLOYED\"", StringComparison.Ordinal);
        _host.Server.Given(Request.Create().WithPath($"/v3/deployments/{Guid}").UsingGet()).RespondWith(JsonAnswer(200, deployed));
        var ct = _cts.Token;
        var seen = new List<Deployment>();

        var result = await _host.Deployments.FollowAsync(
            Guid,
            new DeploymentFollowOptions { InitialPollInterval = TimeSpan.FromMilliseconds(5), MaxPollInterval = TimeSpan.FromMilliseconds(20), Progress = new Collect(seen) },
            ct);

        Assert.Equal(DeploymentFollowOutcome.Deployed, result.Outcome);
        Assert.Equal(Guid, Assert.Single(seen).Guid);
        Assert.Equal("GET", Assert.Single(_host.Requests).Method);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Collect(List<Deployment> seen) : IProgress<Deployment>
    {
        public void Report(Deployment value) => seen.Add(value);
    }
}
