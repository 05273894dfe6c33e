using WireMock.RequestBuilders;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests.Resources;

public sealed class PagingTests : IDisposable
{
    private const string AppGuid = "1cb006ee-fb05-47e1-b541-c34179ddc446";
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_list_follows_next_href_across_three_pages_and_stops_on_the_last()
    {
        // The first page carries the filters; the server's next links carry them on (the SDK sends them as they are).
        var path = $"/v3/apps/{AppGuid}/revisions";
        _host.Server.Given(Request.Create().WithPath(path).WithParam("page", "2").UsingGet())
            .RespondWith(JsonAnswer(200, RevisionPage(3, 2, $"{_host.Url}{path}?page=3&per_page=1&versions=1%2C2%2C3")));
        _host.Server.Given(Request.Create().WithPath(path).WithParam("page", "3").UsingGet())
            .RespondWith(JsonAnswer(200, RevisionPage(3, 3, null)));
        _host.Server.Given(Request.Create().WithPath(path).WithParam("per_page", "1").WithParam("page", "1").UsingGet()).AtPriority(10)
            .RespondWith(JsonAnswer(200, RevisionPage(3, 1, $"{_host.Url}{path}?page=2&per_page=1&versions=1%2C2%2C3")));

        var versions = new List<int>();
        var pages = 0;
        await foreach (var page in _host.Revisions().ListForAppAsync(AppGuid, new RevisionListOptions { Page = 1, PerPage = 1, Versions = [1, 2, 3] }).AsPages())
        {
            pages++;
            Assert.Equal(3, page.TotalCount);
            versions.AddRange(page.Values.Select(revision => revision.Version!.Value));
        }

        Assert.Equal(3, pages);
        Assert.Equal([1, 2, 3], versions);
        Assert.Equal(
            [
                $"{path}?page=1&per_page=1&versions=1%2C2%2C3",
                $"{path}?page=2&per_page=1&versions=1%2C2%2C3",
                $"{path}?page=3&per_page=1&versions=1%2C2%2C3",
            ],
            _host.Requests.Select(request => request.RawPathAndQuery()));
    }

    [Fact]
    public async Task A_page_size_hint_replaces_per_page_and_a_hint_above_5000_fails_before_any_request()
    {
        _host.AnswerGet("/v3/apps", Fixture.Read("Apps/list.json").Replace("\"next\": {", "\"ignored\": {", StringComparison.Ordinal));

        await foreach (var _ in _host.Apps().ListAsync(new AppListOptions { PerPage = 10, Names = ["a"] }).AsPages(pageSizeHint: 2))
        {
        }

        Assert.Equal("/v3/apps?names=a&per_page=2", Assert.Single(_host.Requests).RawPathAndQuery());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in _host.Apps().ListAsync().AsPages(pageSizeHint: 5001))
            {
            }
        });
        Assert.Single(_host.Requests);
    }

    private static string RevisionPage(int total, int version, string? next) => $$"""
        {
          "pagination": {
            "total_results": {{total}}, "total_pages": {{total}},
            "first": { "href": "https://api.example.org/first" }, "last": { "href": "https://api.example.org/last" },
            "next": {{(next is null ? "null" : $"{{ \"href\": \"{next}\" }}")}}, "previous": null
          },
          "resources": [ { "guid": "rev-{{version}}", "version": {{version}}, "deployable": true } ]
        }
        """;
}
