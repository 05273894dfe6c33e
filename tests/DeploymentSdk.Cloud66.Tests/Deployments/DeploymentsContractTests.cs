using System.Text.Json;
using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests.Deployments;

/// <summary>Every sample of the seed page (Cloud66 v3 deployments), plus the string-code form of the Deployment model.</summary>
public sealed class DeploymentsContractTests : IDisposable
{
    private readonly Cloud66Server _c66 = new();

    public void Dispose() => _c66.Dispose();

    [Fact]
    public async Task Get_sends_the_request_and_reads_the_seed_sample_with_numeric_codes()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments/107", Fixture("Deployments/get.json"));

        var deployment = await _c66.Client.GetAsync(StackId, 107);

        var request = _c66.SingleRequest();
        AssertSent(request, "GET", $"/stacks/{StackId}/deployments/107");
        Assert.True(string.IsNullOrEmpty(request.RawQuery));
        AssertSeedDeployment(deployment);
    }

    [Fact]
    public async Task Get_reads_string_codes_and_the_fields_the_seed_sample_lacks()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments/456789", Fixture("Deployments/get-string-codes.json"));

        var d = await _c66.Client.GetAsync(StackId, 456789);

        AssertSent(_c66.SingleRequest(), "GET", $"/stacks/{StackId}/deployments/456789");
        Assert.Equal(456789, d.Id);
        Assert.Equal("ci@example.com", d.TriggeredBy);
        Assert.Equal(DeploymentTrigger.Api, d.TriggeredVia);
        Assert.Equal("api", d.TriggeredVia!.Value.Code);
        Assert.Null(d.TriggeredVia.Value.NumericCode);
        Assert.Equal("API", d.TriggeredVia.Value.Meaning);
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 14, 30, 0, TimeSpan.Zero), d.StartedAt);
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 14, 45, 30, TimeSpan.FromHours(1)), d.FinishedAt);
        Assert.Equal(TimeSpan.FromHours(1), d.FinishedAt!.Value.Offset);
        Assert.Equal(DeploymentOutcome.Failed, d.Outcome);
        Assert.Equal("Failed", d.Outcome!.Value.Meaning);
        Assert.Equal("a1b2c3d4e5f6789012345678901234567890abcd", d.GitHash);
        Assert.Equal("main", d.GitRef);
        Assert.Equal("deploy-session-12345", d.DeploySession);
        Assert.Equal(DeploymentType.Redeploy, d.DeployType);
        Assert.Equal("redeploy", d.DeployType!.Value.Code);
        Assert.False(d.IsHead);
        Assert.False(d.IsLive);
        Assert.True(d.Reverted);
        Assert.Equal("ops@example.com", d.RevertedBy);
        Assert.Equal(new DateTimeOffset(2024, 2, 16, 9, 0, 0, TimeSpan.Zero), d.RevertedAt);
        Assert.False(d.IsDeploying);
        Assert.Equal("https://github.com/example/app/commit/a1b2c3d4e5f6789012345678901234567890abcd", d.CommitUrl);
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", d.SnapshotUuid);

        // A field this SDK does not model is kept.
        Assert.Equal("parallel", d.AdditionalProperties!["rollout_strategy"].GetString());
    }

    [Fact]
    public async Task List_reads_the_seed_sample_as_one_page()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments", Fixture("Deployments/list.json"));

        var pages = new List<Page<Deployment>>();
        await foreach (var p in _c66.Client.ListAsync(StackId).AsPages())
        {
            pages.Add(p);
        }

        var request = _c66.SingleRequest();
        AssertSent(request, "GET", $"/stacks/{StackId}/deployments");
        Assert.True(string.IsNullOrEmpty(request.RawQuery));
        var page = Assert.IsType<Cloud66Page<Deployment>>(Assert.Single(pages));
        Assert.Null(page.ContinuationToken);
        Assert.Equal(1, page.TotalCount);
        AssertSeedDeployment(Assert.Single(page.Values));
        var pagination = page.Pagination!;
        Assert.Null(pagination.Previous);
        Assert.Null(pagination.Next);
        Assert.Equal(1, pagination.Current);
        Assert.Equal(30, pagination.PerPage);
        Assert.Equal(1, pagination.Count);
        Assert.Equal(1, pagination.Pages);
    }

    [Fact]
    public async Task Redeploy_sends_every_option_as_a_query_parameter_and_reads_the_seed_sample()
    {
        _c66.Answer("POST", $"/stacks/{StackId}/deployments", Fixture("Deployments/redeploy.json"));

        var result = await _c66.Client.RedeployAsync(StackId, new RedeployOptions
        {
            GitRef = "a_git_tag_or_hash",
            Services = ["service1:image_tagA", "service2:image_tagB"],
            DeploymentProfile = "my-deploy-profile-name",
            UserReference = "useful-reference-123",
        });

        var request = _c66.SingleRequest();
        AssertSent(request, "POST", $"/stacks/{StackId}/deployments");
        var query = request.Query!;
        Assert.Equal(4, query.Count);
        Assert.Equal("a_git_tag_or_hash", Assert.Single(query["git_ref"]));
        Assert.Equal("service1:image_tagA,service2:image_tagB", Assert.Single(query["services"]));
        Assert.Equal("my-deploy-profile-name", Assert.Single(query["deployment_profile"]));
        Assert.Equal("useful-reference-123", Assert.Single(query["user_reference"]));
        Assert.True(string.IsNullOrEmpty(request.Body), "the parameters travel in the query; the stack is in the path");

        Assert.Equal(108, result.Id);
        Assert.Equal("Deployment scheduled", result.Message);
        Assert.True(result.Queued);
        Assert.Null(result.Ok);
        Assert.Null(result.AsyncActionId);
    }

    [Fact]
    public async Task Redeploy_without_options_sends_no_query_and_reads_ok_and_the_async_action()
    {
        _c66.Answer("POST", $"/stacks/{StackId}/deployments", Fixture("Deployments/redeploy-async.json"));

        var result = await _c66.Client.RedeployAsync(StackId);

        var request = _c66.SingleRequest();
        AssertSent(request, "POST", $"/stacks/{StackId}/deployments");
        Assert.True(string.IsNullOrEmpty(request.RawQuery));
        Assert.True(result.Ok);
        Assert.Equal("Deployment queued", result.Message);
        Assert.True(result.Queued);
        Assert.Equal(4242, result.AsyncActionId);
        Assert.Null(result.Id);
    }

    [Fact]
    public async Task Redeploy_leaves_out_options_that_are_not_set()
    {
        _c66.Answer("POST", $"/stacks/{StackId}/deployments", Fixture("Deployments/redeploy.json"));

        await _c66.Client.RedeployAsync(StackId, new RedeployOptions { Services = ["web"], UserReference = "" });

        var query = _c66.SingleRequest().Query!;
        Assert.Equal("web", Assert.Single(Assert.Single(query).Value));
    }

    [Fact]
    public async Task A_user_reference_is_counted_in_characters_not_utf16_units()
    {
        // 255 emoji are 510 UTF-16 units but 255 characters, which Cloud66 accepts.
        _c66.Answer("POST", $"/stacks/{StackId}/deployments", Fixture("Deployments/redeploy.json"));
        var reference = string.Concat(Enumerable.Repeat("🚀", 255));

        await _c66.Client.RedeployAsync(StackId, new RedeployOptions { UserReference = reference });

        Assert.Equal(reference, Assert.Single(_c66.SingleRequest().Query!["user_reference"]));
    }

    [Fact]
    public async Task Cancel_sends_a_delete_and_reads_the_seed_sample()
    {
        _c66.Answer("DELETE", $"/stacks/{StackId}/deployments/107", Fixture("Deployments/cancel.json"));

        var result = await _c66.Client.CancelAsync(StackId, 107);

        var request = _c66.SingleRequest();
        AssertSent(request, "DELETE", $"/stacks/{StackId}/deployments/107");
        Assert.True(string.IsNullOrEmpty(request.RawQuery));
        Assert.True(result.Ok);
        Assert.Equal("Deployment cancelled", result.Message);
    }

    [Fact]
    public async Task GetAction_reads_a_running_action_with_a_numeric_resource_id()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", Fixture("Deployments/action-running.json"));

        var action = await _c66.Client.GetActionAsync(StackId, 4242);

        AssertSent(_c66.SingleRequest(), "GET", $"/stacks/{StackId}/actions/4242");
        Assert.Equal(4242, action.Id);
        Assert.Equal("ci@example.com", action.User);
        Assert.Equal("Stack", action.ResourceType);
        Assert.Equal("deploy", action.Action);
        Assert.Equal("8812", action.ResourceId);
        Assert.Equal("api", action.StartedVia);
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 10, 30, 0, TimeSpan.Zero), action.StartedAt);
        Assert.Null(action.FinishedAt);
        Assert.Null(action.FinishedSuccess);
        Assert.Null(action.FinishedMessage);
        Assert.Null(action.FinishedResult);
        Assert.Equal("release-2024.02.15", action.Metadata!.Value.GetProperty("user_reference").GetString());
    }

    [Fact]
    public async Task GetAction_reads_a_finished_action_with_a_string_resource_id()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", Fixture("Deployments/action-finished.json"));

        var action = await _c66.Client.GetActionAsync(StackId, 4242);

        Assert.Equal("stack-550e8400", action.ResourceId);
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 10, 32, 45, TimeSpan.Zero), action.FinishedAt);
        Assert.True(action.FinishedSuccess);
        Assert.Equal("Deployment completed", action.FinishedMessage);
        Assert.Equal(JsonValueKind.Object, action.FinishedResult!.Value.ValueKind);
        Assert.Equal(109, action.FinishedResult.Value.GetProperty("deployment_id").GetInt32());
    }

    [Fact]
    public async Task A_stack_id_with_reserved_characters_stays_one_path_segment()
    {
        _c66.Server
            .Given(WireMock.RequestBuilders.Request.Create().UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithBody(Fixture("Deployments/get.json")));

        await _c66.Client.GetAsync("a/b?c#d", 107);

        Assert.EndsWith("/api/3/stacks/a%2Fb%3Fc%23d/deployments/107", _c66.SingleRequest().Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_the_response_envelope_is_an_invalid_response()
    {
        _c66.Answer("GET", $"/stacks/{StackId}/deployments/107", """{"id": 107}""");

        var e = await Assert.ThrowsAsync<Cloud66ApiException>(() => _c66.Client.GetAsync(StackId, 107));

        Assert.Equal(ApiErrorKind.InvalidResponse, e.Kind);
        Assert.Contains("response", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Every field of the seed's deployment 107, in its numeric-code form.</summary>
    internal static void AssertSeedDeployment(Deployment d)
    {
        Assert.Equal(107, d.Id);
        Assert.Equal("test@cloud66.com", d.TriggeredBy);
        Assert.Equal(DeploymentTrigger.Web, d.TriggeredVia);
        Assert.Equal("0", d.TriggeredVia!.Value.Code);
        Assert.Equal(0, d.TriggeredVia.Value.NumericCode);
        Assert.Equal("web", d.TriggeredVia.Value.Meaning);
        Assert.Equal(new DateTimeOffset(2014, 8, 29, 17, 46, 16, TimeSpan.Zero), d.StartedAt);
        Assert.Equal(new DateTimeOffset(2014, 8, 29, 17, 58, 23, TimeSpan.Zero), d.FinishedAt);
        Assert.Equal(DeploymentOutcome.Success, d.Outcome);
        Assert.Equal(1, d.Outcome!.Value.NumericCode);
        Assert.Equal("success", d.Outcome.Value.Meaning);
        Assert.Equal("5675fcd8f9e6dc534ecf1410c0661c066097e310", d.GitHash);
        Assert.Null(d.GitRef);
        Assert.Equal("OhBHNzkXSl", d.DeploySession);
        Assert.Equal(DeploymentType.Build, d.DeployType);
        Assert.Equal(0, d.DeployType!.Value.NumericCode);
        Assert.True(d.IsHead);
        Assert.True(d.IsLive);
        Assert.Null(d.Reverted);
        Assert.Null(d.RevertedBy);
        Assert.Null(d.RevertedAt);
        Assert.False(d.IsDeploying);
        Assert.Equal("https://github.com/cloud66-samples/rails-test/commit/5675fcd8f9e6dc534ecf1410c0661c066097e310", d.CommitUrl);
        Assert.Null(d.SnapshotUuid);
        Assert.Null(d.AdditionalProperties);
    }
}
