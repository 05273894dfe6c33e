using WireMock.RequestBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;
using static DeploymentSdk.CloudFoundry.Tests.Health.FollowWithHealthTests;

namespace DeploymentSdk.CloudFoundry.Tests.Health;

/// <summary><c>cf rollback</c> with the SDK: find the app, list its revisions, deploy the previous one, follow it.</summary>
public sealed class RollbackTests : IDisposable
{
    private const string SpaceGuid = "d4c91047-7b29-4fda-b7f9-04033e5c9c9f";
    private const string Current = "a4e8b7f2-2c3d-4f1e-9b8a-7d6c5b4a3f21";
    private const string Previous = "885735b5-aea4-4cf5-8e44-961af0e41920";
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Find_the_app_list_its_revisions_deploy_the_previous_one_and_follow_it_to_deployed()
    {
        _host.AnswerGet("/v3/spaces", $$"""{ "pagination": { "total_results": 1, "next": null }, "resources": [ { "guid": "{{SpaceGuid}}", "name": "prod" } ] }""");
        _host.AnswerGet("/v3/apps", $$"""{ "pagination": { "total_results": 1, "next": null }, "resources": [ { "guid": "{{AppGuid}}", "name": "my-app", "state": "STARTED" } ] }""");
        _host.AnswerGet($"/v3/apps/{AppGuid}/revisions", $$"""
            {
              "pagination": { "total_results": 2, "next": null },
              "resources": [
                { "guid": "{{Current}}", "version": 2, "description": "New droplet deployed.", "deployable": true },
                { "guid": "{{Previous}}", "version": 1, "description": "Initial revision.", "deployable": true }
              ]
            }
            """);
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingPost())
            .RespondWith(JsonAnswer(201, Deployment("ACTIVE", "DEPLOYING")));
        Sequence(_host, $"/v3/deployments/{DeploymentGuid}", Deployment("ACTIVE", "DEPLOYING"), Deployment("FINALIZED", "DEPLOYED"));
        _host.AnswerGet($"/v3/apps/{AppGuid}/processes", Processes((NewWeb, "web", 1)));
        Sequence(_host, $"/v3/processes/{NewWeb}/stats", Stats("STARTING"), Stats("RUNNING"));

        var app = await _host.Apps().FindAsync("my-app", "prod");
        var revisions = new List<Revision>();
        await foreach (var revision in _host.Revisions().ListForAppAsync(app.Guid!, new RevisionListOptions { OrderBy = ResourceOrder.CreatedAtDescending, PerPage = 2 }))
        {
            revisions.Add(revision);
        }

        var previous = revisions.First(revision => revision.Version < revisions[0].Version && revision.Deployable == true);
        var deployment = await _host.Deployments.RollbackAsync(app.Guid!, previous.Guid!);
        var result = await _host.Deployments.FollowWithHealthAsync(deployment.Guid!, _host.Processes(), _host.AuditEvents(), Fast);

        Assert.Equal(Previous, previous.Guid);
        Assert.Equal(DeploymentFollowOutcome.Deployed, result.Outcome);
        Assert.Equal(DeploymentStatusValue.Finalized, result.Deployment.Status!.Value);
        Assert.Equal(DeploymentStatusReason.Deployed, result.Deployment.Status.Reason);
        Assert.Equal(1, Assert.Single(result.Health.Processes).Running);

        var post = Assert.Single(_host.Requests, request => request.Method == "POST");
        Assert.Equal("/v3/deployments", post.RawPathAndQuery());
        Assert.Equal(
            Fixture.Compact($$"""{ "relationships": { "app": { "data": { "guid": "{{AppGuid}}" } } }, "revision": { "guid": "{{Previous}}" } }"""),
            Fixture.Compact(post.Body!));
        Assert.Equal($"/v3/apps/{AppGuid}/revisions?per_page=2&order_by=-created_at", _host.Requests[2].RawPathAndQuery());
    }

    [Fact]
    public async Task RollbackAsync_sends_the_strategy_and_options_it_is_given()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/deployments").UsingPost())
            .RespondWith(JsonAnswer(201, Deployment("ACTIVE", "DEPLOYING")));

        await _host.Deployments.RollbackAsync(AppGuid, Previous, new RollbackOptions
        {
            Strategy = DeploymentStrategy.Canary,
            Options = new DeploymentOptions { MaxInFlight = 2 },
        });

        Assert.Equal(
            Fixture.Compact($$"""
            {
              "relationships": { "app": { "data": { "guid": "{{AppGuid}}" } } },
              "revision": { "guid": "{{Previous}}" },
              "strategy": "canary",
              "options": { "max_in_flight": 2 }
            }
            """),
            Fixture.Compact(Assert.Single(_host.Requests).Body!));
    }
}
