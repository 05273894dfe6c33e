using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests;

public sealed class JobsListTemplateTests
{
    [Fact]
    public async Task ListAsync_sends_token_and_namespace_and_reads_jobs_and_index()
    {
        using var server = new NomadTestServer();
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create()
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-Nomad-Index", "3000000000")
                .WithBody("""[{"ID":"web","Name":"web","Type":"service","Status":"running","CreateIndex":7,"ModifyIndex":3000000000}]"""));
        using var nomad = server.CreateClient(o => o.Namespace = "apps");

        var pages = new List<Page<JobListStub>>();
        await foreach (var page in nomad.Jobs.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        var job = Assert.Single(Assert.Single(pages).Values);
        Assert.Equal("web", job.Id);
        Assert.Equal(3_000_000_000UL, job.ModifyIndex);
        Assert.Equal(3_000_000_000UL, Assert.IsType<NomadPage<JobListStub>>(pages[0]).Meta.LastIndex);
        var request = Assert.Single(server.Requests).RequestMessage!;
        Assert.Equal("GET", request.Method);
        Assert.Equal("apps", request.Query!["namespace"].ToString());
        Assert.Equal(NomadTestServer.Token, request.Headers!["X-Nomad-Token"].ToString());
    }
}
