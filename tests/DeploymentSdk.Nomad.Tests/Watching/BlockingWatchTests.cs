using Microsoft.Extensions.Time.Testing;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>The rules of the watch loop, against a scripted read and a fake clock (no HTTP, no real waiting).</summary>
public sealed class BlockingWatchTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingClock _clock;

    public BlockingWatchTests() => _clock = new RecordingClock(_time);

    private NomadWatchOptions Options(Action<NomadWatchOptions>? configure = null)
    {
        var options = new NomadWatchOptions
        {
            TimeProvider = _clock,
            WaitTime = TimeSpan.FromSeconds(30),
            MinimumInterval = TimeSpan.FromMilliseconds(100),
            ErrorBackoffInitial = TimeSpan.FromSeconds(1),
            ErrorBackoffMax = TimeSpan.FromSeconds(4),
        };
        configure?.Invoke(options);
        return options;
    }

    [Fact]
    public async Task Yields_the_current_state_first_then_only_when_the_index_moves_forward()
    {
        var read = new ScriptedRead(_clock).Answer("a", 10).Answer("a", 10).Answer("a", 10).Answer("b", 11).Answer("c", 15);
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(NomadWatch.Create(read.ReadAsync, Options(), cts.Token), 3, _time, cts);

        Assert.Equal(["a", "b", "c"], items.Select(i => i.Value));
        Assert.Equal([10UL, 11UL, 15UL], items.Select(i => i.LastIndex));
        // The first read is plain; each next one blocks on the index of the answer before, with the configured wait.
        Assert.Equal([0UL, 10UL, 10UL, 10UL, 11UL], read.Calls.Take(5).Select(c => c.WaitIndex!.Value));
        Assert.All(read.Calls, c => Assert.Equal(TimeSpan.FromSeconds(30), c.WaitTime));
        Assert.All(read.Calls, c => Assert.False(c.AllowStale));
    }

    [Fact]
    public async Task YieldEveryReturn_yields_answers_whose_index_did_not_move()
    {
        var read = new ScriptedRead(_clock).Answer("a", 10).Answer("a", 10).Answer("b", 11);
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(
            NomadWatch.Create(read.ReadAsync, Options(o => o.YieldEveryReturn = true), cts.Token), 3, _time, cts);

        Assert.Equal(["a", "a", "b"], items.Select(i => i.Value));
        Assert.Equal([10UL, 10UL, 11UL], items.Select(i => i.LastIndex));
    }

    [Fact]
    public async Task An_index_that_goes_backwards_resets_to_a_plain_read_whose_answer_is_yielded()
    {
        // A snapshot restore: the server's index drops from 100 to 40.
        var read = new ScriptedRead(_clock).Answer("before", 100).Answer("restored", 40).Answer("restored", 40).Answer("after", 41);
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(NomadWatch.Create(read.ReadAsync, Options(), cts.Token), 3, _time, cts);

        Assert.Equal(["before", "restored", "after"], items.Select(i => i.Value));
        Assert.Equal([0UL, 100UL, 0UL, 40UL], read.Calls.Take(4).Select(c => c.WaitIndex!.Value));
    }

    [Fact]
    public async Task An_index_of_zero_counts_as_one_so_the_next_read_still_blocks()
    {
        var read = new ScriptedRead(_clock).Answer("a", 0).Answer("a", 0).Answer("b", 2);
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(NomadWatch.Create(read.ReadAsync, Options(), cts.Token), 2, _time, cts);

        Assert.Equal(["a", "b"], items.Select(i => i.Value));
        Assert.Equal([0UL, 1UL, 1UL], read.Calls.Take(3).Select(c => c.WaitIndex!.Value));
    }

    [Fact]
    public async Task A_zero_index_after_a_real_one_resets_the_watch()
    {
        var read = new ScriptedRead(_clock).Answer("a", 50).Answer("reset", 0).Answer("fresh", 3);
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(NomadWatch.Create(read.ReadAsync, Options(), cts.Token), 2, _time, cts);

        Assert.Equal(["a", "fresh"], items.Select(i => i.Value));
        Assert.Equal([0UL, 50UL, 0UL], read.Calls.Take(3).Select(c => c.WaitIndex!.Value));
    }

    [Fact]
    public async Task Requests_are_never_closer_than_the_minimum_interval_even_when_every_answer_returns_at_once()
    {
        // A server (or proxy) that ignores blocking and answers immediately with new data every time.
        var read = new ScriptedRead(_clock);
        for (ulong i = 1; i <= 6; i++)
        {
            read.Answer($"v{i}", i);
        }

        using var cts = new CancellationTokenSource();
        var items = await ScriptedRead.TakeAsync(
            NomadWatch.Create(read.ReadAsync, Options(o => o.MinimumInterval = TimeSpan.FromMilliseconds(500)), cts.Token), 6, _time, cts);

        Assert.Equal(6, items.Count);
        var gaps = read.Calls.Zip(read.Calls.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.Equal(5, gaps.Count);
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(500), $"gap {gap}"));
    }

    [Fact]
    public async Task A_server_error_twice_backs_off_exponentially_then_resumes_at_the_same_index()
    {
        var read = new ScriptedRead(_clock).Answer("a", 10).Fail(500, body: "No cluster leader").Fail(500, body: "No cluster leader").Answer("b", 12);
        var errors = new List<(Exception Error, TimeSpan Delay)>();
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(
            NomadWatch.Create(read.ReadAsync, Options(o => o.OnTransientError = (e, d) => errors.Add((e, d))), cts.Token), 2, _time, cts);

        Assert.Equal(["a", "b"], items.Select(i => i.Value));
        Assert.Equal([0UL, 10UL, 10UL, 10UL], read.Calls.Take(4).Select(c => c.WaitIndex!.Value));
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ApiErrorKind.ServerError, Assert.IsType<NomadApiException>(e.Error).Kind));
        // 1 s then 2 s, each ±20% jitter; the reads happen no earlier than the delays said.
        Assert.InRange(errors[0].Delay, TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(1200));
        Assert.InRange(errors[1].Delay, TimeSpan.FromMilliseconds(1600), TimeSpan.FromMilliseconds(2400));
        Assert.True(read.Calls[2].At - read.Calls[1].At >= errors[0].Delay);
        Assert.True(read.Calls[3].At - read.Calls[2].At >= errors[1].Delay);
    }

    [Fact]
    public async Task The_backoff_is_capped_and_starts_over_after_a_success()
    {
        var read = new ScriptedRead(_clock).Answer("a", 10);
        for (var i = 0; i < 5; i++)
        {
            read.Throw(new TimeoutException("request timeout"));
        }

        read.Answer("b", 11).Throw(new ApiException("connection refused", ApiErrorKind.Transport, 0)).Answer("c", 12);
        var delays = new List<TimeSpan>();
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(
            NomadWatch.Create(read.ReadAsync, Options(o => o.OnTransientError = (_, d) => delays.Add(d)), cts.Token), 3, _time, cts);

        Assert.Equal(["a", "b", "c"], items.Select(i => i.Value));
        Assert.Equal(6, delays.Count);
        Assert.All(delays.Skip(2).Take(3), d => Assert.InRange(d, TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(4.8)));
        Assert.InRange(delays[5], TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(1200));
    }

    [Fact]
    public async Task Retry_after_of_a_throttled_answer_is_honoured_up_to_the_maximum_backoff()
    {
        var read = new ScriptedRead(_clock)
            .Answer("a", 10)
            .Throw(new NomadApiException("slow down", ApiErrorKind.RateLimited, 429, "GET", "/v1/x", null, retryAfter: TimeSpan.FromSeconds(3)))
            .Answer("b", 11);
        var delays = new List<TimeSpan>();
        using var cts = new CancellationTokenSource();

        await ScriptedRead.TakeAsync(NomadWatch.Create(read.ReadAsync, Options(o => o.OnTransientError = (_, d) => delays.Add(d)), cts.Token), 2, _time, cts);

        Assert.Equal([TimeSpan.FromSeconds(3)], delays);
    }

    [Theory]
    [InlineData(400, ApiErrorKind.BadRequest)]
    [InlineData(401, ApiErrorKind.Unauthorized)]
    [InlineData(403, ApiErrorKind.PermissionDenied)]
    [InlineData(404, ApiErrorKind.NotFound)]
    public async Task Errors_that_will_not_heal_end_the_watch_with_the_typed_exception(int status, ApiErrorKind kind)
    {
        // The 404 here carries no index: not a blocking read of a missing object, but a wrong path or an old server.
        var read = new ScriptedRead(_clock).Answer("a", 10).Fail(status).Answer("never", 11);
        using var cts = new CancellationTokenSource();

        var error = await Assert.ThrowsAsync<NomadApiException>(
            () => ScriptedRead.TakeAsync(NomadWatch.Create(read.ReadAsync, Options(), cts.Token), 2, _time, cts));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(2, read.Calls.Count);
    }

    [Fact]
    public async Task A_not_found_with_an_index_is_waited_through_until_the_object_exists()
    {
        var read = new ScriptedRead(_clock).Fail(404, index: 5, body: "job not found").Fail(404, index: 5).Answer("created", 9);
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(NomadWatch.Create(read.ReadAsync, Options(), cts.Token), 1, _time, cts);

        Assert.Equal("created", Assert.Single(items).Value);
        Assert.Equal([0UL, 5UL, 5UL], read.Calls.Take(3).Select(c => c.WaitIndex!.Value));
    }

    [Fact]
    public async Task CreateForObject_yields_null_while_the_object_does_not_exist_and_again_when_it_is_deleted()
    {
        var read = new ScriptedRead(_clock).Fail(404, index: 5).Answer("created", 9).Fail(404, index: 12);
        using var cts = new CancellationTokenSource();

        var items = await ScriptedRead.TakeAsync(NomadWatch.CreateForObject<string>(read.ReadAsync, Options(), cts.Token), 3, _time, cts);

        Assert.Equal([null, "created", null], items.Select(i => i.Value));
        Assert.Equal([5UL, 9UL, 12UL], items.Select(i => i.LastIndex));
    }

    [Fact]
    public async Task AllowStale_and_the_base_query_go_into_every_request_without_changing_the_callers_query()
    {
        var baseQuery = new NomadQueryOptions { Namespace = "apps", Filter = "Status == \"running\"" };
        var seen = new List<NomadQueryOptions>();
        var read = new ScriptedRead(_clock).Answer("a", 3).Answer("b", 4);
        using var cts = new CancellationTokenSource();

        await ScriptedRead.TakeAsync(
            NomadWatch.Create<string>(
                (q, ct) =>
                {
                    seen.Add(q.Clone());
                    return read.ReadAsync(q, ct);
                },
                Options(o =>
                {
                    o.AllowStale = true;
                    o.Query = baseQuery;
                }),
                cts.Token),
            2,
            _time,
            cts);

        Assert.Equal(2, seen.Count);
        Assert.All(seen, q =>
        {
            Assert.True(q.AllowStale);
            Assert.Equal("apps", q.Namespace);
            Assert.Equal("Status == \"running\"", q.Filter);
        });
        Assert.Null(baseQuery.WaitIndex);
        Assert.False(baseQuery.AllowStale);
    }

    [Fact]
    public async Task What_a_read_changes_in_its_query_does_not_reach_the_next_read()
    {
        // The watch hands every read the same options object (no copy per poll), reset to the base query each time.
        var baseQuery = new NomadQueryOptions { Namespace = "apps", Parameters = { ["meta"] = "true" } };
        var seen = new List<NomadQueryOptions>();
        var read = new ScriptedRead(_clock).Answer("a", 3).Answer("b", 4).Answer("c", 5);
        using var cts = new CancellationTokenSource();

        await ScriptedRead.TakeAsync(
            NomadWatch.Create<string>(
                (q, ct) =>
                {
                    seen.Add(q.Clone());
                    q.Namespace = "changed";
                    q.Filter = "Status == \"dead\"";
                    q.AllowStale = true;
                    q.WaitTime = TimeSpan.FromSeconds(1);
                    q.Parameters["meta"] = "false";
                    q.Parameters["extra"] = "1";
                    q.Headers["X-Extra"] = "1";
                    return read.ReadAsync(q, ct);
                },
                Options(o => o.Query = baseQuery),
                cts.Token),
            3,
            _time,
            cts);

        Assert.Equal(3, seen.Count);
        Assert.Equal([0UL, 3UL, 4UL], seen.Select(q => q.WaitIndex!.Value));
        Assert.All(seen, q =>
        {
            Assert.Equal("apps", q.Namespace);
            Assert.Null(q.Filter);
            Assert.False(q.AllowStale);
            Assert.Equal(TimeSpan.FromSeconds(30), q.WaitTime);
            Assert.Equal(new Dictionary<string, string> { ["meta"] = "true" }, q.Parameters);
            Assert.Empty(q.Headers);
        });
        Assert.Equal("apps", baseQuery.Namespace);
        Assert.Equal(new Dictionary<string, string> { ["meta"] = "true" }, baseQuery.Parameters);
    }

    [Fact]
    public async Task Cancelling_ends_the_watch_with_OperationCanceledException_and_cancels_the_read_in_flight()
    {
        var readCancelled = new TaskCompletionSource();
        var reading = new TaskCompletionSource();
        using var cts = new CancellationTokenSource();
        var watch = NomadWatch.Create<string>(
            async (_, ct) =>
            {
                ct.Register(() => readCancelled.TrySetResult());
                reading.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                throw new InvalidOperationException("unreachable");
            },
            Options(),
            cts.Token);

        var consume = Task.Run(async () =>
        {
            await foreach (var unused in watch)
            {
            }
        });
        await reading.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consume);
        Assert.True(readCancelled.Task.IsCompleted);
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_delay_ends_the_watch_at_once()
    {
        var read = new ScriptedRead(_clock).Answer("a", 1).Fail(503);
        var backingOff = new TaskCompletionSource();
        using var cts = new CancellationTokenSource();
        var watch = NomadWatch.Create(read.ReadAsync, Options(o => o.OnTransientError = (_, _) => backingOff.TrySetResult()), cts.Token);

        var consume = Task.Run(async () =>
        {
            await foreach (var unused in watch)
            {
            }
        });
        while (!backingOff.Task.IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(1);
        }

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consume);
        Assert.Equal(2, read.Calls.Count);
    }

    [Fact]
    public void Options_defaults_are_the_documented_ones()
    {
        var options = new NomadWatchOptions();

        Assert.Equal(TimeSpan.FromMinutes(5), options.WaitTime);
        Assert.Equal(TimeSpan.FromSeconds(1), options.MinimumInterval);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ErrorBackoffInitial);
        Assert.Equal(TimeSpan.FromMinutes(1), options.ErrorBackoffMax);
        Assert.False(options.YieldEveryReturn);
        Assert.False(options.AllowStale);
        Assert.Null(options.Query);
        Assert.Null(options.OnTransientError);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }

    [Theory]
    [InlineData(nameof(NomadWatchOptions.WaitTime))]
    [InlineData(nameof(NomadWatchOptions.MinimumInterval))]
    [InlineData(nameof(NomadWatchOptions.ErrorBackoffInitial))]
    [InlineData(nameof(NomadWatchOptions.ErrorBackoffMax))]
    public void Invalid_options_are_rejected_when_the_watch_is_created_naming_the_option(string property)
    {
        var options = new NomadWatchOptions();
        switch (property)
        {
            case nameof(NomadWatchOptions.WaitTime): options.WaitTime = TimeSpan.Zero; break;
            case nameof(NomadWatchOptions.MinimumInterval): options.MinimumInterval = TimeSpan.FromSeconds(-1); break;
            case nameof(NomadWatchOptions.ErrorBackoffInitial): options.ErrorBackoffInitial = TimeSpan.Zero; break;
            default: options.ErrorBackoffMax = TimeSpan.FromMilliseconds(10); break;
        }

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => NomadWatch.Create<string>((_, _) => throw new InvalidOperationException(), options));

        Assert.Equal(property, error.ParamName);
    }
}
