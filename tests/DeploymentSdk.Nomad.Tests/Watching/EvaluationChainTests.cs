using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>
/// The deploy follower against a server whose evaluations hand off (<c>NextEval</c>) in a loop or without end, every
/// answer instant: the follow is paced by the minimum interval and ends with a typed outcome, never a spin.
/// </summary>
public sealed class EvaluationChainTests : IDisposable
{
    private readonly NomadTestServer _server = new();
    private int _requests;

    public void Dispose() => _server.Dispose();

    private static string Id(int n) => string.Create(CultureInfo.InvariantCulture, $"e0000000-0000-4000-8000-{n:D12}");

    /// <summary>Every <c>GET /v1/evaluation/:id</c> answers at once: complete, no deployment, handing off to <paramref name="next"/>(n).</summary>
    private void Chain(Func<int, int> next) =>
        _server.Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/v1/evaluation/*")).UsingGet())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                Interlocked.Increment(ref _requests);
                var n = int.Parse(request.Path[^12..], CultureInfo.InvariantCulture);
                var body = $$"""{"ID":"{{Id(n)}}","Namespace":"default","JobID":"web","Type":"service","Status":"complete","DeploymentID":"","NextEval":"{{Id(next(n))}}","CreateIndex":{{n + 10}},"ModifyIndex":{{n + 10}}}""";
                return new ResponseMessage
                {
                    StatusCode = 200,
                    Headers = new Dictionary<string, WireMockList<string>>
                    {
                        ["Content-Type"] = new("application/json"),
                        ["X-Nomad-Index"] = new((n + 10).ToString(CultureInfo.InvariantCulture)),
                    },
                    BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
                };
            }));

    [Fact]
    public async Task A_NextEval_cycle_answered_instantly_ends_EvaluationChainBroken_after_one_request_per_evaluation()
    {
        Chain(n => n == 1 ? 2 : 1); // A → B → A
        using var nomad = _server.CreateClient();
        var options = new NomadFollowOptions { Watch = new NomadWatchOptions { MinimumInterval = TimeSpan.FromMilliseconds(20) } };

        var steps = new List<NomadDeploymentProgress>();
        await foreach (var step in nomad.FollowEvaluationAsync(Id(1), options, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token))
        {
            steps.Add(step);
        }

        var result = steps[^1].Result!;
        Assert.Equal(NomadDeploymentOutcome.EvaluationChainBroken, result.Outcome);
        Assert.Equal(Id(2), result.Evaluation!.Id);
        Assert.Equal(Id(1), result.Evaluation.NextEval);
        Assert.Equal(2, Volatile.Read(ref _requests));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task An_endless_chain_of_fresh_evaluations_costs_one_request_per_minimum_interval_and_stops_at_the_bound()
    {
        Chain(n => n + 1); // every evaluation hands off to a new one, at once, forever
        var time = new FakeTimeProvider();
        using var nomad = _server.CreateClient();
        var options = new NomadFollowOptions
        {
            Watch = new NomadWatchOptions { MinimumInterval = TimeSpan.FromSeconds(1), TimeProvider = time },
        };
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var follow = Task.Run(async () =>
        {
            NomadDeploymentResult? last = null;
            await foreach (var step in nomad.FollowEvaluationAsync(Id(1), options, safety.Token))
            {
                last = step.Result ?? last;
            }

            return last;
        });

        var advances = 0;
        for (var expected = 1; expected <= DeploymentFollower.MaxEvaluationChain; expected++)
        {
            // Move the clock a second at a time until the next request comes (a move made just before the follower
            // starts waiting is spent, so it may take more than one).
            while (Volatile.Read(ref _requests) < expected)
            {
                if (expected > 1)
                {
                    time.Advance(TimeSpan.FromSeconds(1));
                    advances++;
                }

                var deadline = DateTime.UtcNow.AddMilliseconds(expected == 1 ? 10_000 : 200);
                while (Volatile.Read(ref _requests) < expected && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(5);
                }
            }

            // Time stands still now: the follower must not send the next request until the clock moves a full interval.
            await Task.Delay(20);
            Assert.Equal(expected, Volatile.Read(ref _requests));
            Assert.InRange(advances, expected - 1, 50 * expected);
        }

        var result = await follow.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(NomadDeploymentOutcome.EvaluationChainBroken, result!.Outcome);
        Assert.Equal(Id(DeploymentFollower.MaxEvaluationChain), result.Evaluation!.Id);
        Assert.Equal(DeploymentFollower.MaxEvaluationChain, Volatile.Read(ref _requests));
        Assert.InRange(advances, DeploymentFollower.MaxEvaluationChain - 1, 50 * DeploymentFollower.MaxEvaluationChain);
    }
}
