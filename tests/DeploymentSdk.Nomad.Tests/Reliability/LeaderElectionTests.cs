using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// A leader election seen from the pipeline: Nomad answers 500 "No cluster leader" until a new leader is elected.
/// A blocking read surfaces it at once as a server error (a long poll is never retried inside the pipeline; the watch
/// loop on the <c>watch</c> branch owns the backoff and the retry, and its test of the whole election lives there),
/// and the next poll with the same index succeeds. A plain read is retried by the pipeline and recovers by itself.
/// </summary>
public sealed class LeaderElectionTests
{
    private const string Jobs = """[{"ID":"web","ModifyIndex":6}]""";

    [Fact]
    public async Task A_blocking_read_during_an_election_fails_fast_as_a_server_error_and_the_next_poll_succeeds()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").WithParam("index", "5")).InScenario("election").WillSetStateTo("elected")
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("X-Nomad-KnownLeader", "false").WithBody("No cluster leader"));
        server.Server.Given(Request.Create().WithPath("/v1/jobs").WithParam("index", "5")).InScenario("election").WhenStateIs("elected")
            .RespondWith(Response.Create().WithHeader("X-Nomad-Index", "6").WithHeader("X-Nomad-KnownLeader", "true").WithBody(Jobs));
        using var client = ReliabilityClient.Create(server.Url);
        var poll = new NomadQueryOptions { WaitIndex = 5, WaitTime = TimeSpan.FromSeconds(10) };

        var (error, elapsed) = await Within.ThrowsAsync<NomadApiException>(() => client.Pipeline.QueryAsync(
            "v1/jobs", poll, Json.NomadJsonContext.Default.ListJobListStub, CancellationToken.None));

        Assert.Equal(ApiErrorKind.ServerError, error.Kind);
        Assert.Equal(500, error.Status);
        Assert.Equal("No cluster leader", error.ResponseBodyExcerpt);
        Assert.False(error.Meta.KnownLeader);
        Assert.Single(server.Requests);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}: the error should not wait for the poll's 10 s or for backoff");

        var next = await client.Pipeline.QueryAsync("v1/jobs", poll, Json.NomadJsonContext.Default.ListJobListStub, CancellationToken.None);

        Assert.Equal(6UL, next.Meta.LastIndex);
        Assert.True(next.Meta.KnownLeader);
        Assert.Equal(6UL, Assert.Single(next.Value).ModifyIndex);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("5", r.RequestMessage!.Query!["index"].ToString()));
    }

    [Fact]
    public async Task A_plain_read_during_an_election_is_retried_by_the_pipeline_and_recovers()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).InScenario("election").WillSetStateTo("elected")
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("No cluster leader"));
        server.Server.Given(Request.Create().WithPath("/v1/jobs")).InScenario("election").WhenStateIs("elected")
            .RespondWith(Response.Create().WithHeader("X-Nomad-Index", "6").WithBody(Jobs));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);

        var (jobs, _) = await Within.RunAsync(() => client.ReadAsync());

        Assert.Equal("web", Assert.Single(jobs).Id);
        Assert.Equal(2, server.Requests.Count);
    }
}
