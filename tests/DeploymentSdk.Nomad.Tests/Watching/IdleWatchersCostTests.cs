using System.Text;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;
using Xunit.Abstractions;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>What idle watches cost the server: one long poll at a time each, not a stream of polls.</summary>
public sealed class IdleWatchersCostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_hundred_idle_watches_over_ten_seconds_cost_at_most_one_request_per_poll_each()
    {
        const int watchers = 100;
        var window = TimeSpan.FromSeconds(10);
        var hold = TimeSpan.FromSeconds(2);
        using var stop = new CancellationTokenSource();
        using var server = new NomadTestServer();
        // Every job exists at index 7 and never changes: a plain read answers at once, a blocking read is held 2 s
        // and then answers the same index, as Nomad does when a wait runs out.
        var anyJob = Request.Create().WithPath(new WildcardMatcher("/v1/job/*")).UsingGet();
        server.Server.Given(anyJob.WithParam("index", MatchBehaviour.RejectOnMatch)).RespondWith(Answer(TimeSpan.Zero, stop.Token));
        server.Server.Given(Request.Create().WithPath(new WildcardMatcher("/v1/job/*")).UsingGet().WithParam("index", "7"))
            .RespondWith(Answer(hold, stop.Token));
        using var client = new WatchTestClient(server);

        var yields = new int[watchers];
        var start = client.Counter.Now;
        stop.CancelAfter(window);
        var watches = Enumerable.Range(0, watchers).Select(i => Task.Run(async () =>
        {
            try
            {
                // Default options: a 5-minute wait, at least 1 s between two requests of one watch.
                await foreach (var unused in NomadWatch.Create(client.Read($"v1/job/job-{i}"), cancellationToken: stop.Token))
                {
                    Interlocked.Increment(ref yields[i]);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        })).ToList();
        await Task.WhenAll(watches);

        var sent = client.Counter.SentWithin(start, window);
        var bound = watchers * ((int)(window / hold) + 1);
        output.WriteLine(
            $"{watchers} idle watchers, {window.TotalSeconds:0} s, server holding each poll {hold.TotalSeconds:0} s: "
            + $"{sent} requests in the window ({client.Counter.Sent} in all, bound {bound}; a 1 s poll loop would send {watchers * (int)window.TotalSeconds}).");
        Assert.InRange(sent, 2 * watchers, bound);
        Assert.All(yields, count => Assert.Equal(1, count)); // the first state only: nothing changed
        Assert.Equal(0, client.Counter.InFlight);
    }

    private static IResponseBuilder Answer(TimeSpan hold, CancellationToken stop) =>
        Response.Create().WithCallback(async request =>
        {
            if (hold > TimeSpan.Zero)
            {
                await Task.WhenAny(Task.Delay(hold, stop));
            }

            var id = request.Path.Split('/')[^1];
            var message = new ResponseMessage
            {
                StatusCode = 200,
                BodyData = new BodyData
                {
                    BodyAsString = $$"""{"ID":"{{id}}","Status":"running","ModifyIndex":7}""",
                    DetectedBodyType = BodyType.String,
                    Encoding = Encoding.UTF8,
                },
            };
            message.AddHeader("Content-Type", "application/json");
            message.AddHeader("X-Nomad-Index", "7");
            return (IResponseMessage)message;
        });
}
