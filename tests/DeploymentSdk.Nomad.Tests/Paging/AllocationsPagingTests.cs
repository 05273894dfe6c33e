using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Paging;

// Issue #6: nomad.Allocations.ListAsync over Nomad's per_page / next_token paging, end to end against WireMock with
// generated pages. Every test asserts the exact raw query of every request the SDK sent.
public sealed class AllocationsPagingTests
{
    private static IReadOnlyList<string> RawQueries(NomadTestServer server) =>
        server.Requests.Select(r => r.RequestMessage!.RawQuery?.TrimStart('?') ?? "").ToList();

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<AllocationListStub> allocations)
    {
        var ids = new List<string>();
        await foreach (var allocation in allocations)
        {
            ids.Add(allocation.Id!);
        }

        return ids;
    }

    private static IEnumerable<string> Ids(int first, int count) => Enumerable.Range(first, count).Select(PagedAllocations.Id);

    [Fact]
    public async Task Enumerating_100000_allocations_over_1000_item_pages_sends_100_requests_and_yields_each_once_in_order()
    {
        using var server = new NomadTestServer();
        var tokens = PagedAllocations.Serve(server, total: 100_000, perPage: 1_000);
        using var nomad = server.CreateClient();

        var ids = await IdsAsync(nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }));

        Assert.Equal(100, server.Requests.Count);
        Assert.Equal(["per_page=1000", .. tokens.Select(t => $"per_page=1000&next_token={t}")], RawQueries(server));
        Assert.Equal(100_000, ids.Count);
        Assert.Equal(100_000, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Ids(0, 100_000), ids);
    }

    [Fact]
    public async Task An_empty_list_is_one_request_and_no_items()
    {
        using var server = new NomadTestServer();
        PagedAllocations.Serve(server, total: 0, perPage: 1_000);
        using var nomad = server.CreateClient();

        var pages = new List<Page<AllocationListStub>>();
        await foreach (var page in nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }).AsPages())
        {
            pages.Add(page);
        }

        var only = Assert.Single(pages);
        Assert.Empty(only.Values);
        Assert.Null(only.ContinuationToken);
        Assert.Equal(["per_page=1000"], RawQueries(server));
    }

    [Fact]
    public async Task A_single_page_is_one_request()
    {
        using var server = new NomadTestServer();
        PagedAllocations.Serve(server, total: 7, perPage: 1_000);
        using var nomad = server.CreateClient();

        var ids = await IdsAsync(nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }));

        Assert.Equal(Ids(0, 7), ids);
        Assert.Equal(["per_page=1000"], RawQueries(server));
    }

    [Fact]
    public async Task Many_pages_come_with_their_tokens_and_metadata_and_the_last_has_no_token()
    {
        using var server = new NomadTestServer();
        var tokens = PagedAllocations.Serve(server, total: 2_500, perPage: 1_000);
        using var nomad = server.CreateClient();

        var pages = new List<Page<AllocationListStub>>();
        await foreach (var page in nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal([1_000, 1_000, 500], pages.Select(p => p.Values.Count));
        Assert.Equal([tokens[0], tokens[1], null], pages.Select(p => p.ContinuationToken));
        Assert.Equal(Ids(0, 2_500), pages.SelectMany(p => p.Values).Select(a => a.Id));
        Assert.All(pages, page => Assert.Equal(3_000_000_000UL, Assert.IsType<NomadPage<AllocationListStub>>(page).Meta.LastIndex));
        Assert.Equal(["per_page=1000", $"per_page=1000&next_token={tokens[0]}", $"per_page=1000&next_token={tokens[1]}"], RawQueries(server));
    }

    [Fact]
    public async Task A_page_size_that_divides_the_total_ends_at_the_last_full_page()
    {
        using var server = new NomadTestServer();
        var tokens = PagedAllocations.Serve(server, total: 3_000, perPage: 1_000);
        using var nomad = server.CreateClient();

        var ids = await IdsAsync(nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }));

        Assert.Equal(Ids(0, 3_000), ids);
        Assert.Equal(["per_page=1000", .. tokens.Select(t => $"per_page=1000&next_token={t}")], RawQueries(server));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_token_after_the_last_full_page_costs_one_empty_page_and_no_error()
    {
        using var server = new NomadTestServer();
        var tokens = PagedAllocations.Serve(server, total: 3_000, perPage: 1_000, tokenAfterLastPage: true);
        using var nomad = server.CreateClient();

        var ids = await IdsAsync(nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }));

        Assert.Equal(Ids(0, 3_000), ids);
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal($"per_page=1000&next_token={tokens[^1]}", RawQueries(server)[^1]);
    }

    [Theory]
    [InlineData("a+b/c=d e", "a%2Bb%2Fc%3Dd%20e")]
    [InlineData("web.api[3]?x=1&y=%", "web.api%5B3%5D%3Fx%3D1%26y%3D%25")]
    public async Task A_token_with_reserved_characters_is_sent_escaped_and_reaches_the_server_unchanged(string token, string escaped)
    {
        using var server = new NomadTestServer();
        PagedAllocations.Serve(server, total: 4, perPage: 2, tokenOfPage: _ => token);
        using var nomad = server.CreateClient();

        var ids = await IdsAsync(nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 2 }));

        // The raw query as it came over the wire; the second page's mapping matched only because WireMock decoded the
        // value back to the exact token.
        Assert.Equal(["per_page=2", $"per_page=2&next_token={escaped}"], RawQueries(server));
        Assert.Equal(Ids(0, 4), ids);
    }

    [Fact]
    public async Task An_error_on_page_3_surfaces_as_the_typed_exception_after_pages_1_and_2()
    {
        using var server = new NomadTestServer();
        var tokens = PagedAllocations.Serve(server, total: 5_000, perPage: 1_000);
        // 403 is not retried, so page 3 is asked for exactly once.
        server.Server
            .Given(Request.Create().WithPath("/v1/allocations").WithParam("next_token", tokens[1]).UsingGet())
            .AtPriority(-1)
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("Permission denied"));
        using var nomad = server.CreateClient();

        var ids = new List<string>();
        var error = await Assert.ThrowsAsync<NomadApiException>(async () =>
        {
            await foreach (var allocation in nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }))
            {
                ids.Add(allocation.Id!);
            }
        });

        Assert.Equal(ApiErrorKind.PermissionDenied, error.Kind);
        Assert.Equal(403, error.Status);
        Assert.Equal("/v1/allocations", error.RequestPath);
        Assert.Equal(Ids(0, 2_000), ids);
        Assert.Equal(
            ["per_page=1000", $"per_page=1000&next_token={tokens[0]}", $"per_page=1000&next_token={tokens[1]}"],
            RawQueries(server));
    }

    [Fact]
    public async Task Enumeration_resumes_from_a_saved_token()
    {
        using var server = new NomadTestServer();
        var tokens = PagedAllocations.Serve(server, total: 5_000, perPage: 1_000);
        using var nomad = server.CreateClient();
        var allocations = nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 });

        string? saved = null;
        var firstRun = new List<string>();
        await foreach (var page in allocations.AsPages())
        {
            firstRun.AddRange(page.Values.Select(a => a.Id!));
            saved = page.ContinuationToken;
            if (firstRun.Count == 2_000)
            {
                break;
            }
        }

        var resumed = new List<string>();
        await foreach (var page in allocations.AsPages(saved))
        {
            resumed.AddRange(page.Values.Select(a => a.Id!));
        }

        Assert.Equal(tokens[1], saved);
        Assert.Equal(Ids(0, 5_000), firstRun.Concat(resumed));
        Assert.Equal(
            [
                "per_page=1000", $"per_page=1000&next_token={tokens[0]}",
                $"per_page=1000&next_token={tokens[1]}", $"per_page=1000&next_token={tokens[2]}", $"per_page=1000&next_token={tokens[3]}",
            ],
            RawQueries(server));
    }

    [Fact]
    public async Task A_token_in_the_query_options_starts_the_list_there()
    {
        using var server = new NomadTestServer();
        var tokens = PagedAllocations.Serve(server, total: 3_000, perPage: 1_000);
        using var nomad = server.CreateClient();

        var ids = await IdsAsync(nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000, NextToken = tokens[0] }));

        Assert.Equal(Ids(1_000, 2_000), ids);
        Assert.Equal([$"per_page=1000&next_token={tokens[0]}", $"per_page=1000&next_token={tokens[1]}"], RawQueries(server));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1_000, 1)]
    [InlineData(1_001, 2)]
    [InlineData(2_500, 3)]
    public async Task Breaking_out_of_await_foreach_sends_no_further_request(int itemsTaken, int expectedRequests)
    {
        using var server = new NomadTestServer();
        PagedAllocations.Serve(server, total: 3_000, perPage: 1_000);
        using var nomad = server.CreateClient();

        var ids = new List<string>();
        await foreach (var allocation in nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 1_000 }))
        {
            ids.Add(allocation.Id!);
            if (ids.Count == itemsTaken)
            {
                break;
            }
        }

        Assert.Equal(Ids(0, itemsTaken), ids);
        Assert.Equal(expectedRequests, server.Requests.Count);
    }

    [Fact]
    public async Task A_repeated_token_stops_with_a_clear_error_instead_of_paging_forever()
    {
        using var server = new NomadTestServer();
        // Page 1 points at "loop"; the page at "loop" points at "loop" again (a server bug or a proxy cache).
        server.Server
            .Given(Request.Create().WithPath("/v1/allocations").WithParam(q => q is null || !q.ContainsKey("next_token")).UsingGet())
            .RespondWith(PagedAllocations.Page(PagedAllocations.Body(0, 2), "loop"));
        server.Server
            .Given(Request.Create().WithPath("/v1/allocations").WithParam("next_token", "loop").UsingGet())
            .RespondWith(PagedAllocations.Page(PagedAllocations.Body(2, 2), "loop"));
        using var nomad = server.CreateClient();

        var ids = new List<string>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var allocation in nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 2 }))
            {
                ids.Add(allocation.Id!);
            }
        });

        Assert.Contains("'loop'", error.Message, StringComparison.Ordinal);
        Assert.Contains("second time", error.Message, StringComparison.Ordinal);
        Assert.Equal(Ids(0, 4), ids);
        Assert.Equal(["per_page=2", "per_page=2&next_token=loop"], RawQueries(server));
    }
}
