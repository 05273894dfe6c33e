namespace DeploymentSdk.Tests;

public sealed class AsyncPageableTests
{
    [Fact]
    public async Task Items_stream_page_by_page_and_stop_at_the_last_page()
    {
        var fetched = new List<string?>();
        var pageable = Pages(fetched, ("1", ["a", "b"]), ("2", ["c"]), (null, ["d"]));

        var items = new List<string>();
        await foreach (var item in pageable)
        {
            items.Add(item);
        }

        Assert.Equal(["a", "b", "c", "d"], items);
        Assert.Equal([null, "1", "2"], fetched);
    }

    [Fact]
    public async Task Breaking_out_sends_no_further_request()
    {
        var fetched = new List<string?>();
        var pageable = Pages(fetched, ("1", ["a", "b"]), (null, ["c"]));

        await foreach (var item in pageable)
        {
            break;
        }

        Assert.Single(fetched);
    }

    [Fact]
    public async Task Pages_resume_from_a_saved_token_with_the_page_size_hint()
    {
        var calls = new List<(string? Token, int? Size)>();
        var pageable = AsyncPageable<int>.Create((token, size, _) =>
        {
            calls.Add((token, size));
            return ValueTask.FromResult(new Page<int>([1], token == "saved" ? null : "saved"));
        });

        var pages = new List<Page<int>>();
        await foreach (var page in pageable.AsPages("saved", pageSizeHint: 25))
        {
            pages.Add(page);
        }

        Assert.Single(pages);
        Assert.Equal([("saved", (int?)25)], calls);
    }

    [Fact]
    public async Task A_repeated_token_stops_with_a_clear_error_instead_of_looping()
    {
        var pageable = AsyncPageable<int>.Create((_, _, _) => ValueTask.FromResult(new Page<int>([1], "same")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in pageable)
            {
            }
        });

        Assert.Contains("'same' a second time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_size_hint_below_one_is_rejected()
    {
        var pageable = AsyncPageable<int>.Create((_, _, _) => ValueTask.FromResult(new Page<int>([], null)));

        Assert.Equal("pageSizeHint", Assert.Throws<ArgumentOutOfRangeException>(() => pageable.AsPages(pageSizeHint: 0)).ParamName);
    }

    [Fact]
    public async Task Cancellation_stops_at_the_next_item()
    {
        using var cancel = new CancellationTokenSource();
        var pageable = Pages([], (null, ["a", "b", "c"]));

        var seen = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in pageable.WithCancellation(cancel.Token))
            {
                seen.Add(item);
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(["a"], seen);
    }

    private static AsyncPageable<string> Pages(List<string?> fetched, params (string? Next, string[] Items)[] pages)
    {
        var byToken = new Dictionary<string, int>();
        for (var i = 1; i < pages.Length; i++)
        {
            byToken[pages[i - 1].Next!] = i;
        }

        return AsyncPageable<string>.Create((token, _, _) =>
        {
            fetched.Add(token);
            var page = pages[token is null ? 0 : byToken[token]];
            return ValueTask.FromResult(new Page<string>(page.Items, page.Next));
        });
    }
}
