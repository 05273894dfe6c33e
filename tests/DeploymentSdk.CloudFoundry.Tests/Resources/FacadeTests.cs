using static DeploymentSdk.CloudFoundry.Tests.Health.FollowWithHealthTests;

namespace DeploymentSdk.CloudFoundry.Tests.Resources;

public sealed class FacadeTests : IDisposable
{
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_facade_exposes_every_client_and_follows_a_deployment_with_its_health()
    {
        Sequence(_host, $"/v3/deployments/{DeploymentGuid}", Deployment("FINALIZED", "DEPLOYED"));
        _host.AnswerGet($"/v3/apps/{AppGuid}/processes", Processes((NewWeb, "web", 1)));
        _host.AnswerGet($"/v3/processes/{NewWeb}/stats", Stats("RUNNING"));
        _host.AnswerGet($"/v3/organizations/{AppGuid}", Fixture.Read("Organizations/get.json"));
        using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri(_host.Url), Token = CfTestHost.Token });

        var result = await cf.FollowDeploymentAsync(DeploymentGuid);
        var org = await cf.Organizations.GetAsync(AppGuid);

        Assert.Equal(DeploymentFollowOutcome.Deployed, result.Outcome);
        Assert.Equal(1, Assert.Single(result.Health.Processes).Running);
        Assert.Equal("my-organization", org.Name);
        Assert.NotNull(cf.Spaces);
        Assert.NotNull(cf.Apps);
        Assert.NotNull(cf.Droplets);
        Assert.NotNull(cf.Revisions);
        Assert.NotNull(cf.Processes);
        Assert.NotNull(cf.AuditEvents);
        Assert.All(_host.Requests, request => Assert.Equal($"Bearer {CfTestHost.Token}", request.Header("Authorization")));
    }
}
