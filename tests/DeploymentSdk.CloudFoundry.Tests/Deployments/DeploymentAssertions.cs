
namespace DeploymentSdk.CloudFoundry.Tests.Deployments;

internal static class DeploymentAssertions
{
    private static readonly DateTimeOffset DocsTime = new(2018, 4, 25, 22, 42, 10, TimeSpan.Zero);

    /// <summary>Every field of Fixtures/Deployments/deployment-canary.json (the docs' single deployment).</summary>
    public static void AssertCanaryFixture(Deployment deployment, string linkBase = Fixture.DocsHost)
    {
        Assert.Equal("59c3d133-2b83-46f3-960e-7765a129aea4", deployment.Guid);
        Assert.Equal(DocsTime, deployment.CreatedAt);
        Assert.Equal(DocsTime, deployment.UpdatedAt);

        var status = Assert.IsType<DeploymentStatus>(deployment.Status);
        Assert.Equal(DeploymentStatusValue.Active, status.Value);
        Assert.Equal(DeploymentStatusReason.Deploying, status.Reason);
        Assert.Equal(DocsTime, status.Details!.LastSuccessfulHealthcheck);
        Assert.Equal(DocsTime, status.Details.LastStatusChange);
        Assert.Null(status.Details.Error);
        Assert.Equal(1, status.Canary!.Steps!.Current);
        Assert.Equal(2, status.Canary.Steps.Total);

        Assert.Equal(DeploymentStrategy.Canary, deployment.Strategy);
        var options = deployment.Options!;
        Assert.Equal(3, options.MaxInFlight);
        Assert.Equal(5, options.WebInstances);
        Assert.Equal(1024, options.MemoryInMb);
        Assert.Equal(1024, options.DiskInMb);
        Assert.Equal(-1, options.LogRateLimitInBytesPerSecond);
        Assert.Equal([10, 20], options.Canary!.Steps!.Select(step => step.InstanceWeight!.Value));

        Assert.Equal("44ccfa61-dbcf-4a0d-82fe-f668e9d2a962", deployment.Droplet!.Guid);
        Assert.Equal("cc6bc315-bd06-49ce-92c2-bc3ad45268c2", deployment.PreviousDroplet!.Guid);
        var process = Assert.Single(deployment.NewProcesses!);
        Assert.Equal("fd5d3e60-f88c-4c37-b1ae-667cfc65a856", process.Guid);
        Assert.Equal("web", process.Type);
        Assert.Equal("56126cba-656a-4eba-a81e-7e9951b2df57", deployment.Revision!.Guid);
        Assert.Equal(1, deployment.Revision.Version);
        Assert.Equal("305cea31-5a44-45ca-b51b-e89c7a8ef8b2", deployment.Relationships!.App!.Data!.Guid);
        Assert.Empty(deployment.Metadata!.Labels!);
        Assert.Empty(deployment.Metadata.Annotations!);

        var links = deployment.Links!;
        Assert.Equal($"{linkBase}/v3/deployments/59c3d133-2b83-46f3-960e-7765a129aea4", links.Self!.Href);
        Assert.Null(links.Self.Method);
        Assert.Equal($"{linkBase}/v3/apps/305cea31-5a44-45ca-b51b-e89c7a8ef8b2", links.App!.Href);
        Assert.Equal($"{linkBase}/v3/deployments/59c3d133-2b83-46f3-960e-7765a129aea4/actions/cancel", links.Cancel!.Href);
        Assert.Equal("POST", links.Cancel.Method);
        Assert.Equal($"{linkBase}/v3/deployments/59c3d133-2b83-46f3-960e-7765a129aea4/actions/continue", links.Continue!.Href);
        Assert.Equal("POST", links.Continue.Method);

        // Every field of the fixture has a property: nothing was left over.
        Assert.Null(deployment.AdditionalProperties);
    }
}
