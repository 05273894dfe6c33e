using System.Text.Json.Nodes;
using DeploymentSdk.Nomad.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// No data loss: a model read from a newer server and written back keeps every field it does not know, with numbers
/// exactly as the server wrote them; a stale check-and-set is a typed conflict, sent once, and changes nothing.
/// </summary>
public sealed class DataIntegrityTests
{
    private const string JobFromANewerServer = """
        {
          "ID": "web", "Name": "web", "Namespace": "default", "Type": "service", "Status": "running",
          "CreateIndex": 7, "ModifyIndex": 18446744073709551615, "JobModifyIndex": 5, "Priority": 50,
          "Datacenters": ["dc1", "dc2"], "ParentID": null, "Stop": false, "Periodic": null, "EmptyList": [], "EmptyObject": {},
          "SubmitTime": 1700000000123456789,
          "LabelsFromNomad2": { "owner": "team-a", "empty": "", "escaped": "h\u00e9llo \ud83d\ude80 \"q\" \\ \/", "nested": { "deep": [1, 2.50, -0.0, 1e400, 123456789012345678901234567890] } },
          "Precise": 0.1000000000000000055511151231257827021181583404541015625,
          "FieldFromNomad2": { "x": [true, null, { "y": "z" }] }
        }
        """;

    [Fact]
    public async Task Read_modify_write_keeps_every_field_the_model_does_not_know()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web").UsingGet()).RespondWith(Response.Create().WithBody(JobFromANewerServer));
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost()).RespondWith(Response.Create().WithBody("{}"));
        using var nomad = server.CreateClient();

        Job job = await nomad.Jobs.GetAsync("web");
        job.Name = "web-2";
        await nomad.Jobs.RegisterAsync(job);

        var sent = server.Requests.Single(r => r.RequestMessage!.Method == "POST").RequestMessage!.Body!;
        var expected = JsonNode.Parse(JobFromANewerServer)!.AsObject();
        expected["Name"] = "web-2";
        // Known fields that were null are not written back (null means "not set"); everything else must match.
        JsonSemantics.AssertEquivalent(expected.ToJsonString(), JsonNode.Parse(sent)!["Job"]!.ToJsonString());

        // Numbers go back exactly as the server wrote them, beyond what double or ulong could hold.
        foreach (var number in new[] { "18446744073709551615", "1700000000123456789", "2.50", "-0.0", "1e400", "123456789012345678901234567890", "0.1000000000000000055511151231257827021181583404541015625" })
        {
            Assert.Contains(number, sent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Enforcing job modify index 5: job exists with conflicting job modify index: 7", null)]
    [InlineData("Enforcing job modify index 5: job exists with conflicting job modify index: 7", "register-web-5")]
    [InlineData("Current job has version 3; enforcing version 2", "revert-web-2")]
    public async Task A_stale_check_and_set_is_a_typed_conflict_sent_once_that_changes_nothing(string nomadAnswer, string? idempotencyToken)
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingGet()).RespondWith(Response.Create().WithBody($"[{JobFromANewerServer}]"));
        server.Server.Given(Request.Create().WithPath("/v1/jobs").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("X-Nomad-Index", "7").WithBody(nomadAnswer));
        using var client = ReliabilityClient.Create(server.Url, fastRetries: true);
        var job = Assert.Single(await client.ReadAsync());
        var before = System.Text.Json.JsonSerializer.Serialize(job, NomadJsonContext.Default.JobListStub);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() => client.Pipeline.WriteAsync(
            HttpMethod.Post, "v1/jobs", job, NomadJsonContext.Default.JobListStub, new NomadWriteOptions { IdempotencyToken = idempotencyToken }, CancellationToken.None));

        Assert.Equal(ApiErrorKind.Conflict, error.Kind);
        Assert.Equal(500, error.Status);
        Assert.Equal(nomadAnswer, error.ResponseBodyExcerpt);
        Assert.Equal(7UL, error.Meta.LastIndex);
        var write = Assert.Single(server.Requests, r => r.RequestMessage!.Method == "POST").RequestMessage!;
        Assert.Equal(5, JsonNode.Parse(write.Body!)!["JobModifyIndex"]!.GetValue<int>());
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(job, NomadJsonContext.Default.JobListStub));
    }
}
