namespace DeploymentSdk.Tests;

[Collection(MemoryMeasuringCollection.Name)]
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
    public async Task A_token_cycle_A_B_C_A_is_stopped_within_the_documented_bound()
    {
        // Page 1 hands out A; A→B, B→C, C→A: a cycle of λ = 3 tokens entered after μ = 0, every page answered at once.
        var next = new Dictionary<string, string>(StringComparer.Ordinal) { ["A"] = "B", ["B"] = "C", ["C"] = "A" };
        var requests = 0;
        var pageable = AsyncPageable<int>.Create((token, _, _) =>
        {
            requests++;
            return ValueTask.FromResult(new Page<int>([requests], token is null ? "A" : next[token]));
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in pageable)
            {
            }
        });

        Assert.Contains("a second time", error.Message, StringComparison.Ordinal);
        Assert.InRange(requests, 5, (2 * Math.Max(0 + 1, 3)) + 3); // the first repeat is page μ + λ + 1 = 4's answer
    }

    [Fact]
    public async Task Any_cycle_is_stopped_by_page_2_max_mu_plus_1_lambda_plus_lambda()
    {
        // Every tail μ and cycle length λ below 40: the pageable stops, and never later than the bound in its docs.
        for (var mu = 0; mu < 40; mu++)
        {
            for (var lambda = 1; lambda < 40; lambda++)
            {
                var requests = 0;
                var (m, l) = (mu, lambda);
                string Token(int i) => (i < m ? i : m + ((i - m) % l)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var pageable = AsyncPageable<int>.Create((_, _, _) =>
                {
                    var page = new Page<int>([], Token(requests));
                    requests++;
                    return ValueTask.FromResult(page);
                });

                await Assert.ThrowsAsync<InvalidOperationException>(async () =>
                {
                    await foreach (var _ in pageable.AsPages())
                    {
                    }
                });

                Assert.InRange(requests, m + l + 1, (2 * Math.Max(m + 1, l)) + l);
            }
        }
    }

    [Fact]
    public async Task Three_hundred_thousand_empty_pages_with_fresh_tokens_hold_flat_memory_and_stop_on_cancellation()
    {
        const int Pages = 300_000;
        using var cancel = new CancellationTokenSource();
        var requests = 0;
        long memoryAt1000 = 0, memoryAtEnd = 0;
        var pageable = AsyncPageable<string>.Create((_, _, _) =>
        {
            requests++;
            if (requests == 1_000)
            {
                memoryAt1000 = GC.GetTotalMemory(forceFullCollection: true);
            }

            if (requests == Pages)
            {
                memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
                cancel.Cancel();
            }

            // A fresh 36-character token per page: remembering them all would hold 300,000 strings (over 20 MB).
            return ValueTask.FromResult(new Page<string>([], Guid.NewGuid().ToString()));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in pageable.WithCancellation(cancel.Token))
            {
            }
        });

        Assert.Equal(Pages, requests); // not one request after the cancellation
        Assert.InRange(memoryAtEnd - memoryAt1000, long.MinValue, 2 * 1024 * 1024);
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

/// <summary>Tests that measure the process's memory run alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Memory measuring (not in parallel)";
}
