using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests.Stacks;

/// <summary>
/// The stacks client. The seeds have no Cloud66 stacks page; the fixture follows the stack object of Cloud66's v3 API
/// reference (Stacks: <c>GET /stacks</c>, <c>GET /stacks/:id</c>) with an extra field (<c>server_groups</c>) to show
/// unknown fields are kept.
/// </summary>
public sealed class StacksTests : IDisposable
{
    private readonly Cloud66Server _c66 = new();

    private ICloud66StacksClient Stacks => _c66.Stacks;

    public void Dispose() => _c66.Dispose();

    [Fact]
    public async Task GetAsync_reads_the_stack_and_maps_every_field()
    {
        _c66.Answer("GET", $"/stacks/{StackId}", Fixture("Stacks/get.json"));

        var stack = await Stacks.GetAsync(StackId);

        AssertSent(_c66.SingleRequest(), "GET", $"/stacks/{StackId}");
        Assert.Equal(StackId, stack.Uid);
        Assert.Equal("shop", stack.Name);
        Assert.Equal("git@github.com:example/shop.git", stack.Git);
        Assert.Equal("main", stack.GitBranch);
        Assert.Equal("production", stack.Environment);
        Assert.Equal("aws", stack.Cloud);
        Assert.Equal("shop.example.c66.me", stack.Fqdn);
        Assert.Equal("ruby", stack.Language);
        Assert.Equal("rails", stack.Framework);
        Assert.Equal(1, stack.Status);
        Assert.Equal(3, stack.Health);
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 10, 32, 45, TimeSpan.Zero), stack.LastActivity);
        Assert.Equal("2024-02-15T10:32:45Z", stack.LastActivityIso);
        Assert.False(stack.MaintenanceMode);
        Assert.True(stack.HasLoadbalancer);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 8, 0, 0, TimeSpan.Zero), stack.CreatedAt);
        Assert.Equal(new DateTimeOffset(2024, 2, 15, 10, 32, 45, TimeSpan.Zero), stack.UpdatedAt);
        Assert.Equal("/var/deploy/shop/web_head", stack.DeployDirectory);
        Assert.Equal("partial", stack.CloudStatus);
        Assert.Equal("https://hooks.cloud66.com/stacks/redeploy/abc/def", stack.RedeployHook);
        Assert.True(stack.AdditionalProperties!.ContainsKey("server_groups"));
    }

    [Fact]
    public async Task ListAsync_reads_three_pages_by_page_number()
    {
        AnswerPage(1, 2, "a1", "shop", "production", "b2", "blog", "production");
        AnswerPage(2, 3, "c3", "shop", "staging");
        AnswerPage(3, null, "d4", "docs", "production");

        var uids = new List<string>();
        var pages = 0;
        await foreach (var page in Stacks.ListAsync().AsPages())
        {
            pages++;
            Assert.Equal(4, page.TotalCount);
            uids.AddRange(page.Values.Select(stack => stack.Uid!));
        }

        Assert.Equal(3, pages);
        Assert.Equal(["a1", "b2", "c3", "d4"], uids);
        Assert.Equal(["", "page=2", "page=3"], _c66.Requests.Select(request => new Uri(request.Url).Query.TrimStart('?')));
        Assert.All(_c66.Requests, request => AssertSent(request, "GET", "/stacks"));
    }

    [Fact]
    public async Task FindByNameAsync_reads_every_page_and_returns_the_one_match()
    {
        AnswerPage(1, 2, "a1", "shop", "production", "b2", "blog", "production");
        AnswerPage(2, null, "c3", "shop", "staging");

        var stack = await Stacks.FindByNameAsync("shop", new StackFindOptions { Environment = "STAGING" });

        Assert.Equal("c3", stack.Uid);
        Assert.Equal(2, _c66.Requests.Count);
    }

    [Fact]
    public async Task A_name_used_by_several_stacks_is_an_ambiguous_find_that_lists_them()
    {
        AnswerPage(1, 2, "a1", "shop", "production", "b2", "blog", "production");
        AnswerPage(2, null, "c3", "shop", "staging");

        var error = await Assert.ThrowsAsync<Cloud66LookupException>(() => Stacks.FindByNameAsync("shop"));

        Assert.Equal(ApiErrorKind.Conflict, error.Kind);
        Assert.Equal(["a1", "c3"], error.Matches);
        Assert.Equal("shop", error.Name);
        Assert.Null(error.Environment);
        Assert.Contains("2 stacks named 'shop'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_matches_nothing_is_a_not_found_lookup()
    {
        AnswerPage(1, null, "a1", "shop", "production");

        var error = await Assert.ThrowsAsync<Cloud66LookupException>(() => Stacks.FindByNameAsync("Shop"));

        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
        Assert.Empty(error.Matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("../stacks")]
    [InlineData("abc/def")]
    [InlineData("abc?x=1")]
    [InlineData("abc def")]
    public async Task GetAsync_rejects_a_malformed_stack_uid_before_any_request(string stackId)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Stacks.GetAsync(stackId));

        Assert.Equal("stackId", error.ParamName);
        Assert.Empty(_c66.Requests);
    }

    [Fact]
    public async Task FindByNameAsync_rejects_empty_names_before_any_request()
    {
        Assert.Equal("name", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Stacks.FindByNameAsync(" "))).ParamName);
        Assert.Equal("options", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Stacks.FindByNameAsync("shop", new StackFindOptions { Environment = "" }))).ParamName);
        Assert.Empty(_c66.Requests);
    }

    [Theory]
    [InlineData(404, ApiErrorKind.NotFound)]
    [InlineData(422, ApiErrorKind.BadRequest)]
    [InlineData(503, ApiErrorKind.ServerError)]
    public async Task An_error_answer_is_a_Cloud66ApiException(int status, ApiErrorKind kind)
    {
        _c66.Server.Given(Request.Create().WithPath($"{ApiRoot}/stacks/{StackId}").UsingGet()).RespondWith(
            Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", "0")
                .WithBody("""{ "error": "stack_error", "error_description": "Something about the stack" }"""));
        _c66.Server.Given(Request.Create().WithPath($"{ApiRoot}/stacks").UsingGet()).RespondWith(
            Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", "0")
                .WithBody("""{ "error": "stack_error", "error_description": "Something about the stacks" }"""));

        var get = await Assert.ThrowsAsync<Cloud66ApiException>(() => Stacks.GetAsync(StackId));
        var list = await Assert.ThrowsAsync<Cloud66ApiException>(async () =>
        {
            await foreach (var _ in Stacks.ListAsync())
            {
            }
        });

        foreach (var error in new[] { get, list })
        {
            Assert.Equal(status, error.Status);
            Assert.Equal(kind, error.Kind);
            Assert.Equal("stack_error", error.Error);
            Assert.Equal("GET", error.Method);
        }

        Assert.Equal($"{ApiRoot}/stacks/{StackId}", get.RequestPath);
        Assert.DoesNotContain(Token, get.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeployStackAsync_finds_the_stack_by_name_redeploys_it_and_follows_it()
    {
        AnswerPage(1, null, StackId, "shop", "production", "other", "shop", "staging");
        _c66.Answer("POST", $"/stacks/{StackId}/deployments", Fixture("Deployments/redeploy-async.json"));
        _c66.Answer("GET", $"/stacks/{StackId}/actions/4242", Fixture("Deployments/action-finished.json"));
        var progress = new SyncProgress<RedeployProgress>();

        var outcome = await _c66.Client.RedeployStackAsync(Stacks, "shop", new StackRedeployOptions
        {
            Environment = "production",
            Redeploy = new RedeployOptions { GitRef = "v1.2" },
            Follow = new RedeployFollowOptions { InitialPollInterval = TimeSpan.FromMilliseconds(5), MaxPollInterval = TimeSpan.FromMilliseconds(20), Progress = progress },
        });

        Assert.True(outcome.Succeeded);
        Assert.Equal(4242, outcome.Action!.Id);
        Assert.Single(progress.Reports);
        Assert.Equal(3, _c66.Requests.Count);
        AssertSent(_c66.Requests[0], "GET", "/stacks");
        AssertSent(_c66.Requests[1], "POST", $"/stacks/{StackId}/deployments");
        Assert.Equal("?git_ref=v1.2", new Uri(_c66.Requests[1].Url).Query);
        AssertSent(_c66.Requests[2], "GET", $"/stacks/{StackId}/actions/4242");
    }

    [Fact]
    public async Task RedeployStackAsync_does_not_redeploy_when_the_name_is_ambiguous()
    {
        AnswerPage(1, null, StackId, "shop", "production", "other", "shop", "staging");

        await Assert.ThrowsAsync<Cloud66LookupException>(() => _c66.Client.RedeployStackAsync(Stacks, "shop"));

        Assert.Single(_c66.Requests);
    }

    /// <summary>Answers GET /stacks?page=n with the given (uid, name, environment) triples.</summary>
    private void AnswerPage(int page, int? next, params string[] stacks)
    {
        var items = stacks.Chunk(3).Select(s => $$"""{ "uid": "{{s[0]}}", "name": "{{s[1]}}", "environment": "{{s[2]}}" }""");
        var request = Request.Create().WithPath($"{ApiRoot}/stacks").UsingGet();
        request = page == 1 ? request : request.WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _c66.Server.Given(request).AtPriority(page == 1 ? 10 : 1).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""
            {
              "response": [ {{string.Join(",", items)}} ],
              "count": 4,
              "pagination": { "previous": {{(page == 1 ? "null" : page - 1)}}, "next": {{(next is null ? "null" : next)}}, "current": {{page}}, "per_page": 2, "count": 4, "pages": 3 }
            }
            """));
    }
}
