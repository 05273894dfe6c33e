using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests.Deployments;

public sealed class PagingTests : IDisposable
{
    private readonly Cloud66Server _c66 = new();

    public PagingTests()
    {
        var path = $"{ApiRoot}/stacks/{StackId}/deployments";
        _c66.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("page", "2"))
            .RespondWith(Response.Create().WithBody(Fixture("Deployments/list-page-2.json")));
        _c66.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("page", "3"))
            .RespondWith(Response.Create().WithBody(Fixture("Deployments/list-page-3.json")));
        // Any other request to the list (the first, without ?page) gets page 1.
        _c66.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody(Fixture("Deployments/list-page-1.json")));
    }

    public void Dispose() => _c66.Dispose();

    [Fact]
    public async Task Items_stream_across_pages_until_next_is_null()
    {
        var ids = new List<long?>();
        await foreach (var d in _c66.Client.ListAsync(StackId))
        {
            ids.Add(d.Id);
            Assert.Equal(DeploymentTrigger.Hook, d.TriggeredVia);
            Assert.Equal(DeploymentOutcome.Failed, d.Outcome);
        }

        Assert.Equal([205, 204, 203, 202, 201], ids);
        var queries = _c66.Requests.Select(r => r.RawQuery ?? string.Empty).ToList();
        Assert.Equal(["", "?page=2", "?page=3"], queries);
        Assert.All(_c66.Requests, r => AssertSent(r, "GET", $"/stacks/{StackId}/deployments"));
    }

    [Fact]
    public async Task Pages_carry_the_page_number_token_the_total_count_and_both_spellings_of_previous()
    {
        var pages = new List<Cloud66Page<Deployment>>();
        await foreach (var page in _c66.Client.ListAsync(StackId).AsPages())
        {
            pages.Add(Assert.IsType<Cloud66Page<Deployment>>(page));
        }

        Assert.Equal(["2", "3", null], pages.Select(p => p.ContinuationToken));
        Assert.All(pages, p => Assert.Equal(5, p.TotalCount));
        Assert.Equal([null, 1, 2], pages.Select(p => p.Pagination!.Previous));
        Assert.Equal([1, 2, 3], pages.Select(p => p.Pagination!.Current));
        Assert.All(pages, p => Assert.Equal(2, p.Pagination!.PerPage));
        Assert.All(pages, p => Assert.Equal(3, p.Pagination!.Pages));
    }

    [Fact]
    public async Task Paging_resumes_from_a_continuation_token()
    {
        var ids = new List<long?>();
        await foreach (var page in _c66.Client.ListAsync(StackId).AsPages("3"))
        {
            ids.AddRange(page.Values.Select(d => d.Id));
        }

        Assert.Equal([201], ids);
        Assert.Equal("?page=3", _c66.SingleRequest().RawQuery);
    }

    [Fact]
    public async Task Leaving_early_sends_no_further_request()
    {
        await foreach (var d in _c66.Client.ListAsync(StackId))
        {
            Assert.Equal(205, d.Id);
            break;
        }

        Assert.Single(_c66.Requests);
    }

    [Fact]
    public async Task The_token_given_to_ListAsync_cancels_the_page_requests()
    {
        using var cancel = new CancellationTokenSource();
        var deployments = _c66.Client.ListAsync(StackId, cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in deployments)
            {
            }
        });

        Assert.Empty(_c66.Requests);
    }

    [Fact]
    public async Task A_token_that_is_not_a_page_number_is_rejected_before_sending()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in _c66.Client.ListAsync(StackId).AsPages("next-please"))
            {
            }
        });

        Assert.Equal("continuationToken", e.ParamName);
        Assert.Empty(_c66.Requests);
    }
}
