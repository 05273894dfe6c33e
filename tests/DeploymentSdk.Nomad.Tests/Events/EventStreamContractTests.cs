using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Events;

public sealed class EventStreamContractTests
{
    [Fact]
    public async Task StreamAsync_sends_topics_namespace_region_index_and_token_and_maps_every_field()
    {
        using var server = new NomadTestServer();
        var deployment = NomadTestServer.Fixture("Deployments/read.json");
        var allocation = NomadTestServer.Fixture("Allocations/read.json");
        var evaluation = NomadTestServer.Fixture("Evaluations/read-related.json");
        var body = string.Join("\n",
            EventFrames.Heartbeat,
            EventFrames.Batch(
                19,
                EventFrames.Event("Deployment", "DeploymentStatusUpdate", "70638f62-5c19-193e-30d6-f9d6e689ab8e", 19, $$"""{"Deployment":{{deployment}}}""", "default", "example"),
                EventFrames.Event("Allocation", "AllocationUpdated", "a8198d79-cfdb-6593-a999-1e9adabcba2e", 19, $$"""{"Allocation":{{allocation}}}""", "default", "example", "70638f62-5c19-193e-30d6-f9d6e689ab8e"),
                EventFrames.Event("Evaluation", "EvaluationUpdated", "eval-1", 19, $$"""{"Evaluation":{{evaluation}}}""", "apps", "example", "")),
            "");
        server.Server.Given(Request.Create().WithPath("/v1/event/stream").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));
        using var nomad = server.CreateClient(o => o.Region = "eu");
        var options = new NomadEventStreamOptions { Namespace = "apps", StartIndex = 5 }.AddTopic(NomadEventTopic.Deployment);
        options.Topics.Add("Job:example");
        options.Topics.Add("Allocation");

        NomadEventBatch? batch = null;
        await foreach (var b in nomad.Events.StreamAsync(options))
        {
            batch = b;
            break;
        }

        server.SingleRequest().AssertSent(server, "GET", "/v1/event/stream?region=eu&namespace=apps&index=5&topic=Deployment%3A%2A&topic=Job%3Aexample&topic=Allocation");
        Assert.NotNull(batch);
        Assert.Equal(19UL, batch.Index);
        Assert.Equal(3, batch.Events.Count);

        var d = batch.Events[0];
        Assert.Equal(NomadEventTopic.Deployment, d.Topic);
        Assert.Equal("DeploymentStatusUpdate", d.Type);
        Assert.Equal("70638f62-5c19-193e-30d6-f9d6e689ab8e", d.Key);
        Assert.Equal("default", d.Namespace);
        Assert.Equal(["example"], d.FilterKeys);
        Assert.Equal(19UL, d.Index);
        Assert.Equal("70638f62-5c19-193e-30d6-f9d6e689ab8e", d.Deployment!.Id);
        Assert.Equal("example", d.Deployment.JobId);
        Assert.Equal(DeploymentStatus.Running, d.Deployment.Status);
        Assert.Equal(1, d.Deployment.TaskGroups!["cache"].DesiredCanaries);
        Assert.Same(d.Deployment, d.Deployment);
        Assert.Null(d.Allocation);
        Assert.Null(d.Evaluation);
        Assert.Equal("example", d.Payload.GetProperty("Deployment").GetProperty("JobID").GetString());
        Assert.True(d.Concerns("example"));
        Assert.False(d.Concerns("other"));

        var a = batch.Events[1];
        Assert.Equal(NomadEventTopic.Allocation, a.Topic);
        Assert.Equal(["example", "70638f62-5c19-193e-30d6-f9d6e689ab8e"], a.FilterKeys);
        Assert.Equal("a8198d79-cfdb-6593-a999-1e9adabcba2e", a.Allocation!.Id);
        Assert.Null(a.Deployment);

        var e = batch.Events[2];
        Assert.Equal(NomadEventTopic.Evaluation, e.Topic);
        Assert.Equal("apps", e.Namespace);
        Assert.Equal(["example", ""], e.FilterKeys);
        Assert.Equal("0d834913-58a0-81ac-6e33-e452d83a0c66", e.Evaluation!.Id);
        Assert.Equal(3_000_000_050UL, e.Evaluation.JobModifyIndex);
    }

    [Fact]
    public async Task A_refused_subscription_is_thrown_without_retrying()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/event/stream").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("Permission denied"));
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAsync<NomadApiException>(async () =>
        {
            await foreach (var unused in nomad.Events.StreamAsync(EventFrames.FastOptions().AddTopic(NomadEventTopic.Job)))
            {
            }
        });

        Assert.Equal(ApiErrorKind.PermissionDenied, error.Kind);
        Assert.Equal(403, error.Status);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Without_options_every_topic_of_the_client_namespace_is_requested_from_the_oldest_buffered_event()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/event/stream").UsingGet())
            .RespondWith(Response.Create().WithBody(EventFrames.Batch(3, EventFrames.Deployment("d1", 3)) + "\n"));
        using var nomad = server.CreateClient(o => o.Namespace = "apps");

        await foreach (var unused in nomad.Events.StreamAsync())
        {
            break;
        }

        server.SingleRequest().AssertSent(server, "GET", "/v1/event/stream?namespace=apps");
    }
}
