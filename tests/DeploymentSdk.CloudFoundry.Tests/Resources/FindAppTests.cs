using WireMock.RequestBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests.Resources;

public sealed class FindAppTests : IDisposable
{
    private const string OrgGuid = "885735b5-aea4-4cf5-8e44-961af0e41920";
    private const string SpaceGuid = "d4c91047-7b29-4fda-b7f9-04033e5c9c9f";
    private const string AppGuid = "1cb006ee-fb05-47e1-b541-c34179ddc446";
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task FindAsync_reads_the_organization_then_the_space_then_the_app_each_by_name()
    {
        _host.AnswerGet("/v3/organizations", List(1, $$"""{ "guid": "{{OrgGuid}}", "name": "my/org?" }"""));
        _host.AnswerGet("/v3/spaces", List(1, $$"""{ "guid": "{{SpaceGuid}}", "name": "prod & test" }"""));
        _host.AnswerGet("/v3/apps", Fixture.Read("Apps/get.json") is var app ? List(1, app) : null!);

        var found = await _host.Apps().FindAsync("my_app", "prod & test", new AppFindOptions { OrganizationName = "my/org?" });

        Assert.Equal(AppGuid, found.Guid);
        Assert.Equal("my_app", found.Name);

        // Names with path and query metacharacters travel escaped, as one query value.
        Assert.Equal(
            [
                "/v3/organizations?names=my%2Forg%3F&per_page=2",
                $"/v3/spaces?names=prod%20%26%20test&organization_guids={OrgGuid}&per_page=2",
                $"/v3/apps?names=my_app&space_guids={SpaceGuid}&per_page=2",
            ],
            _host.Requests.Select(request => request.RawPathAndQuery()));
    }

    [Fact]
    public async Task FindAsync_without_an_organization_searches_spaces_in_every_organization()
    {
        _host.AnswerGet("/v3/spaces", List(1, $$"""{ "guid": "{{SpaceGuid}}", "name": "prod" }"""));
        _host.AnswerGet("/v3/apps", List(1, $$"""{ "guid": "{{AppGuid}}", "name": "web" }"""));

        var found = await _host.Apps().FindAsync("web", "prod");

        Assert.Equal(AppGuid, found.Guid);
        Assert.Equal("/v3/spaces?names=prod&per_page=2", _host.Requests[0].RawPathAndQuery());
        Assert.Equal(2, _host.Requests.Count);
    }

    [Fact]
    public async Task A_space_name_used_in_two_organizations_is_an_ambiguous_find()
    {
        _host.AnswerGet("/v3/spaces", List(2, $$"""{ "guid": "{{SpaceGuid}}", "name": "prod" }""", """{ "guid": "other", "name": "prod" }"""));

        var error = await Assert.ThrowsAsync<CloudFoundryLookupException>(() => _host.Apps().FindAsync("web", "prod"));

        Assert.Equal(ApiErrorKind.Conflict, error.Kind);
        Assert.Equal("space", error.ResourceType);
        Assert.Equal("prod", error.Name);
        Assert.Equal(2, error.MatchCount);
        Assert.Equal("/v3/spaces", error.RequestPath);
        Assert.Contains("2 spaces named 'prod'", error.Message, StringComparison.Ordinal);
        Assert.Single(_host.Requests);
    }

    [Fact]
    public async Task Several_matches_beyond_the_first_page_are_ambiguous_by_total_results()
    {
        _host.AnswerGet("/v3/apps", List(7, $$"""{ "guid": "{{AppGuid}}", "name": "web" }""", """{ "guid": "b", "name": "web" }"""));
        _host.AnswerGet("/v3/spaces", List(1, $$"""{ "guid": "{{SpaceGuid}}", "name": "prod" }"""));

        var error = await Assert.ThrowsAsync<CloudFoundryLookupException>(() => _host.Apps().FindAsync("web", "prod"));

        Assert.Equal(7, error.MatchCount);
        Assert.Equal("app", error.ResourceType);
    }

    [Theory]
    [InlineData("organization", "/v3/organizations")]
    [InlineData("space", "/v3/spaces")]
    [InlineData("app", "/v3/apps")]
    public async Task A_name_that_matches_nothing_is_a_not_found_lookup(string missing, string path)
    {
        _host.AnswerGet("/v3/organizations", missing == "organization" ? List(0) : List(1, $$"""{ "guid": "{{OrgGuid}}", "name": "o" }"""));
        _host.AnswerGet("/v3/spaces", missing == "space" ? List(0) : List(1, $$"""{ "guid": "{{SpaceGuid}}", "name": "s" }"""));
        _host.AnswerGet("/v3/apps", List(0));

        var error = await Assert.ThrowsAsync<CloudFoundryLookupException>(() =>
            _host.Apps().FindAsync("web", "s", new AppFindOptions { OrganizationName = "o" }));

        Assert.Equal(ApiErrorKind.NotFound, error.Kind);
        Assert.Equal(missing, error.ResourceType);
        Assert.Equal(0, error.MatchCount);
        Assert.Equal(path, error.RequestPath);
        Assert.IsAssignableFrom<ApiException>(error);
    }

    private static string List(long total, params string[] resources) => $$"""
        {
          "pagination": { "total_results": {{total}}, "total_pages": 1, "first": null, "last": null, "next": null, "previous": null },
          "resources": [ {{string.Join(",", resources)}} ]
        }
        """;
}
