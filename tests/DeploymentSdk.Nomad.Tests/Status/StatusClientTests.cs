namespace DeploymentSdk.Nomad.Tests;

// Fixtures: Nomad's status API page shows the leader as the JSON string "127.0.0.1:4647" and the peers as a list of
// such strings; an empty string is what the agent answers while the region has no leader (nomad/status_endpoint.go).
public sealed class StatusClientTests
{
    [Fact]
    public async Task GetLeaderAsync_reads_the_leader_address_and_the_metadata()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/status/leader", "\"10.0.0.1:4647\"");
        using var nomad = server.CreateClient();

        var leader = await nomad.Status.GetLeaderAsync();

        server.SingleRequest().AssertSent(server, "GET", "/v1/status/leader");
        Assert.Equal("10.0.0.1:4647", leader.Value);
        NomadStubs.AssertMeta(leader.Meta);
    }

    [Fact]
    public async Task GetLeaderAsync_reads_an_empty_string_as_no_leader_and_sends_the_region()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/status/leader", "\"\"");
        using var nomad = server.CreateClient();

        string leader = await nomad.Status.GetLeaderAsync(new NomadQueryOptions { Region = "eu-west" });

        server.SingleRequest().AssertSent(server, "GET", "/v1/status/leader?region=eu-west");
        Assert.Equal("", leader);
    }

    [Fact]
    public async Task GetLeaderAsync_reads_a_null_body_as_no_leader()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/status/leader", "null");
        using var nomad = server.CreateClient();

        string leader = await nomad.Status.GetLeaderAsync();

        Assert.Equal("", leader);
    }

    [Fact]
    public async Task GetPeersAsync_reads_every_peer()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/status/peers", "[\"10.0.0.1:4647\",\"10.0.0.2:4647\",\"10.0.0.3:4647\"]");
        using var nomad = server.CreateClient(o => o.Region = "global");

        var peers = await nomad.Status.GetPeersAsync();

        server.SingleRequest().AssertSent(server, "GET", "/v1/status/peers?region=global");
        Assert.Equal(["10.0.0.1:4647", "10.0.0.2:4647", "10.0.0.3:4647"], peers.Value);
        NomadStubs.AssertMeta(peers.Meta);
    }

    [Fact]
    public async Task GetPeersAsync_reads_a_null_body_as_no_peers()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/status/peers", "null");
        using var nomad = server.CreateClient();

        var peers = await nomad.Status.GetPeersAsync();

        Assert.Empty(peers.Value);
    }

    [Fact]
    public async Task GetLeaderAsync_turns_a_server_error_into_a_NomadApiException()
    {
        using var server = new NomadTestServer();
        server.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/status/leader").UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(400).WithBody("No path to region"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(() => nomad.Status.GetLeaderAsync(new NomadQueryOptions { Region = "nowhere" }));

        Assert.Equal(400, error.Status);
        Assert.Contains("No path to region", error.Message, StringComparison.Ordinal);
    }
}
