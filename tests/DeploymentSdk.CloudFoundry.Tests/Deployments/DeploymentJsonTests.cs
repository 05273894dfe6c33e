using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentSdk.CloudFoundry.Json;

namespace DeploymentSdk.CloudFoundry.Tests.Deployments;

public sealed class DeploymentJsonTests
{
    [Fact]
    public void The_docs_deployment_reads_every_field_and_writes_back_the_same_json()
    {
        var json = Fixture.Read("Deployments/deployment-canary.json");

        var deployment = JsonSerializer.Deserialize(json, CloudFoundryJsonContext.Default.Deployment)!;
        var written = JsonSerializer.Serialize(deployment, CloudFoundryJsonContext.Default.Deployment);

        DeploymentAssertions.AssertCanaryFixture(deployment);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Values_and_fields_a_newer_server_adds_are_kept_and_written_back()
    {
        const string Json = """
            {
              "guid": "d-1",
              "status": {
                "value": "ROLLING_BACK",
                "reason": "HEALTH_CHECK_FAILED",
                "details": { "last_status_change": "2025-03-01T10:00:00Z", "error": "boom", "attempts": 3 },
                "canary": { "steps": { "current": 2, "total": 3, "weights": [10, 50, 100] } }
              },
              "strategy": "blue-green",
              "options": { "max_in_flight": 2, "surge_percent": 25 },
              "future_field": { "nested": [1, 2] }
            }
            """;

        var deployment = JsonSerializer.Deserialize(Json, CloudFoundryJsonContext.Default.Deployment)!;
        var written = JsonSerializer.Serialize(deployment, CloudFoundryJsonContext.Default.Deployment);

        Assert.Equal("ROLLING_BACK", deployment.Status!.Value!.Value.Value);
        Assert.Equal(new DeploymentStatusReason("HEALTH_CHECK_FAILED"), deployment.Status.Reason);
        Assert.Equal("boom", deployment.Status.Details!.Error);
        Assert.Equal(3, deployment.Status.Canary!.Steps!.Total);
        Assert.Equal("blue-green", deployment.Strategy.ToString());
        Assert.Equal(25, deployment.Options!.AdditionalProperties!["surge_percent"].GetInt32());
        Assert.True(deployment.AdditionalProperties!.ContainsKey("future_field"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void A_deployment_without_droplet_or_revision_reads_as_nulls()
    {
        // What the presenter answers right after creation for an app without revisions.
        const string Json = """{ "guid": "d-1", "droplet": { "guid": null }, "revision": null, "status": { "value": "ACTIVE", "reason": "DEPLOYING", "details": { "last_successful_healthcheck": null, "last_status_change": null } } }""";

        var deployment = JsonSerializer.Deserialize(Json, CloudFoundryJsonContext.Default.Deployment)!;

        Assert.Null(deployment.Droplet!.Guid);
        Assert.Null(deployment.Revision);
        Assert.Null(deployment.Status!.Details!.LastSuccessfulHealthcheck);
        Assert.Null(deployment.Status.Details.LastStatusChange);
    }

    [Fact]
    public void Open_values_compare_by_wire_value_and_print_it()
    {
        Assert.Equal(DeploymentStatusValue.Finalized, new DeploymentStatusValue("FINALIZED"));
        Assert.NotEqual(DeploymentStrategy.Canary, new DeploymentStrategy("Canary"));
        Assert.Equal("-created_at", DeploymentOrder.CreatedAtDescending.ToString());
        Assert.Equal("PREPAUSED", DeploymentState.Prepaused.ToString());
        Assert.Equal(string.Empty, default(DeploymentStatusReason).ToString());
    }
}
