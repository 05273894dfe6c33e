using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests.Conventions;

/// <summary>
/// Compile-level proof of the signature rule: a list, a read, a write and a follow take their required arguments, then
/// their per-call options (where they have any), then the <see cref="CancellationToken"/> POSITIONALLY — no
/// <c>cancellationToken:</c> — and send what the options say.
/// </summary>
public sealed class PositionalCallTests : IDisposable
{
    private readonly Cloud66Server _c66 = new();
    private readonly CancellationTokenSource _cts = new(TimeSpan.FromSeconds(30));

    public void Dispose()
    {
        _cts.Dispose();
        _c66.Dispose();
    }

    [Fact]
    public async Task Deployments_ListAsync_takes_the_stack_then_the_token()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments", Fixture("Deployments/list.json"));
        var ct = _cts.Token;

        var count = 0;
        await foreach (var deployment in _c66.Client.ListAsync(StackId, ct))
        {
            Assert.NotNull(deployment.Id);
            count++;
        }

        Assert.True(count > 0);
        AssertSent(_c66.SingleRequest(), "GET", $"/stacks/{StackId}/deployments");
    }

    [Fact]
    public async Task Deployments_GetAsync_takes_its_ids_then_the_token()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments/107", Fixture("Deployments/get.json"));
        var ct = _cts.Token;

        var deployment = await _c66.Client.GetAsync(StackId, 107, ct);

        Assert.Equal(107, deployment.Id);
        AssertSent(_c66.SingleRequest(), "GET", $"/stacks/{StackId}/deployments/107");
    }

    [Fact]
    public async Task Deployments_RedeployAsync_takes_redeploy_options_then_the_token()
    {
        _c66.Answer("POST", $"/stacks/{StackId}/deployments", Fixture("Deployments/redeploy.json"));
        var ct = _cts.Token;

        var result = await _c66.Client.RedeployAsync(StackId, new RedeployOptions { GitRef = "v1.2.3" }, ct);

        Assert.Equal(108, result.Id);
        var request = _c66.SingleRequest();
        AssertSent(request, "POST", $"/stacks/{StackId}/deployments");
        Assert.Equal("v1.2.3", Assert.Single(request.Query!["git_ref"]));
    }

    [Fact]
    public async Task Deployments_FollowRedeployAsync_takes_follow_options_then_the_token()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", Fixture("Deployments/action-finished.json"));
        var ct = _cts.Token;
        var progress = new SyncProgress<RedeployProgress>();

        var outcome = await _c66.Client.FollowRedeployAsync(
            StackId,
            new RedeployResult { AsyncActionId = 4242 },
            new RedeployFollowOptions { InitialPollInterval = TimeSpan.FromMilliseconds(5), MaxPollInterval = TimeSpan.FromMilliseconds(20), Progress = progress },
            ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(4242, outcome.Action!.Id);
        Assert.Single(progress.Reports);
        AssertSent(_c66.SingleRequest(), "GET", $"/stacks/{StackId}/actions/4242");
    }
}
