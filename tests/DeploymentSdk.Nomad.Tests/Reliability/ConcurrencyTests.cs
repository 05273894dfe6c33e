using System.Globalization;
using DeploymentSdk.Nomad.Json;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// Many calls at once through one client: all complete, each gets its own answer (the server echoes the ID in the
/// path into the body and the index header), and connections are pooled and reused rather than opened per call.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Calls = 1000;

    [Fact]
    public async Task A_thousand_concurrent_calls_through_one_client_complete_without_cross_talk_and_reuse_connections()
    {
        using var server = new RawHttpServer(async e =>
        {
            var id = e.Request.Target["/v1/job/job-".Length..];
            await Task.Delay(Random.Shared.Next(0, 4)); // answers finish out of order
            await e.RespondAsync(200, $$"""[{"ID":"job-{{id}}","ModifyIndex":{{id}}}]""", ("X-Nomad-Index", (int.Parse(id, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)));
        });
        using var client = ReliabilityClient.Create(server.Url);

        var (first, firstElapsed) = await Within.RunAsync(() => RoundAsync(client));
        var afterFirst = server.Connections;
        var (second, secondElapsed) = await Within.RunAsync(() => RoundAsync(client));

        output.WriteLine($"round 1: {Calls} calls in {firstElapsed.TotalMilliseconds:0} ms on {afterFirst} new connections; " +
            $"round 2: {secondElapsed.TotalMilliseconds:0} ms on {server.Connections - afterFirst} new connections; " +
            $"at most {server.MaxOpenConnections} open at once; {server.Requests.Count} requests in all");
        Assert.Equal(Calls, first);
        Assert.Equal(Calls, second);
        Assert.Equal(2 * Calls, server.Requests.Count);
        Assert.InRange(server.Connections, 1, Calls); // the second round reused the first round's pooled connections
    }

    private static async Task<int> RoundAsync(ReliabilityClient client)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, Calls).Select(i => Task.Run(async () =>
        {
            var response = await client.Pipeline.QueryAsync($"v1/job/job-{i}", null, NomadJsonContext.Default.ListJobListStub, CancellationToken.None);
            var job = Assert.Single(response.Value);
            Assert.Equal($"job-{i}", job.Id);
            Assert.Equal((ulong)i, job.ModifyIndex);
            Assert.Equal((ulong)i + 1, response.Meta.LastIndex);
            return true;
        })));
        return results.Count(ok => ok);
    }
}
