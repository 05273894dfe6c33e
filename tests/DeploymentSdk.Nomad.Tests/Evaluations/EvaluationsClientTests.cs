using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad.Tests;

// Fixtures: the seed pages have no evaluations page. Fixtures/Evaluations/list.json is the list sample of Nomad's own
// evaluations API page; read-related.json and count.json are written from current nomad/structs (Evaluation,
// EvaluationStub, EvalCountResponse) with related evaluations, failed-placement metrics, a 9-digit non-UTC WaitUntil,
// indexes above 2^31 and an unknown field. The allocations of an evaluation reuse the seed allocation list sample.
public sealed class EvaluationsClientTests
{
    private const string EvalId = "0d834913-58a0-81ac-6e33-e452d83a0c66";

    [Fact]
    public async Task ListAsync_sends_the_list_options_and_filters_and_reads_the_sample()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/evaluations", NomadTestServer.Fixture("Evaluations/list.json"), nextToken: null);
        using var nomad = server.CreateClient();

        var query = new EvaluationListOptions { JobId = "web/api", Status = EvaluationStatus.Complete, Namespace = "*", Prefix = "5456bd", Filter = "TriggeredBy == \"job-register\"", PerPage = 10, Reverse = true };
        var pages = new List<Page<Evaluation>>();
        await foreach (var page in nomad.Evaluations.ListAsync(query).AsPages())
        {
            pages.Add(page);
        }

        server.SingleRequest().AssertSent(
            server,
            "GET",
            "/v1/evaluations?namespace=%2A&prefix=5456bd&filter=TriggeredBy%20%3D%3D%20%22job-register%22&per_page=10&reverse=true&job=web%2Fapi&status=complete");
        var nomadPage = Assert.IsType<NomadPage<Evaluation>>(Assert.Single(pages));
        NomadStubs.AssertMeta(nomadPage.Meta);
        var eval = Assert.Single(nomadPage.Values);
        Assert.Equal("5456bd7a-9fc0-c0dd-6131-cbee77f57577", eval.Id);
        Assert.Equal(50, eval.Priority);
        Assert.Equal("service", eval.Type);
        Assert.Equal(EvaluationTrigger.JobRegister, eval.TriggeredBy);
        Assert.Equal("example", eval.JobId);
        Assert.Equal(52UL, eval.JobModifyIndex);
        Assert.Equal("", eval.NodeId);
        Assert.Equal(0UL, eval.NodeModifyIndex);
        Assert.Equal(EvaluationStatus.Complete, eval.Status);
        Assert.Equal("", eval.StatusDescription);
        Assert.Equal(TimeSpan.Zero, eval.Wait);
        Assert.Equal("", eval.NextEval);
        Assert.Equal("", eval.PreviousEval);
        Assert.Equal("", eval.BlockedEval);
        Assert.Null(eval.FailedTGAllocs);
        Assert.Null(eval.ClassEligibility);
        Assert.False(eval.EscapedComputedClass);
        Assert.False(eval.AnnotatePlan);
        Assert.Equal(53UL, eval.SnapshotIndex);
        Assert.Equal(0, Assert.Single(eval.QueuedAllocations!, kv => kv.Key == "cache").Value);
        Assert.Equal(53UL, eval.CreateIndex);
        Assert.Equal(55UL, eval.ModifyIndex);
        Assert.Null(eval.RelatedEvals);
        Assert.Null(eval.AdditionalProperties);
    }

    [Fact]
    public async Task GetAsync_asks_for_related_evaluations_and_reads_every_field()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/evaluation/{EvalId}", NomadTestServer.Fixture("Evaluations/read-related.json"), index: "3000000006");
        using var nomad = server.CreateClient();

        var response = await nomad.Evaluations.GetAsync(EvalId, new EvaluationGetOptions { WaitIndex = 3_000_000_004 });

        server.SingleRequest().AssertSent(server, "GET", $"/v1/evaluation/{EvalId}?index=3000000004&related=true");
        NomadStubs.AssertMeta(response.Meta, index: 3_000_000_006);
        var eval = response.Value;
        Assert.Equal(EvalId, eval.Id);
        Assert.Equal("apps", eval.Namespace);
        Assert.Equal(50, eval.Priority);
        Assert.Equal("service", eval.Type);
        Assert.Equal(EvaluationTrigger.DeploymentWatcher, eval.TriggeredBy);
        Assert.Equal("example", eval.JobId);
        Assert.Equal(3_000_000_050UL, eval.JobModifyIndex);
        Assert.Equal("", eval.NodeId);
        Assert.Equal(0UL, eval.NodeModifyIndex);
        Assert.Equal("70638f62-5c19-193e-30d6-f9d6e689ab8e", eval.DeploymentId);
        Assert.Equal(EvaluationStatus.Blocked, eval.Status);
        Assert.Equal("created to place remaining allocations", eval.StatusDescription);
        Assert.Equal(TimeSpan.Zero, eval.Wait);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 15, 30, TimeSpan.FromHours(1)).AddTicks(1_234_567), eval.WaitUntil);
        Assert.Equal(TimeSpan.FromHours(1), eval.WaitUntil!.Value.Offset);
        Assert.Equal("", eval.NextEval);
        Assert.Equal("5456bd7a-9fc0-c0dd-6131-cbee77f57577", eval.PreviousEval);
        Assert.Equal("", eval.BlockedEval);
        var related = Assert.Single(eval.RelatedEvals!);
        Assert.Equal("5456bd7a-9fc0-c0dd-6131-cbee77f57577", related.Id);
        Assert.Equal("apps", related.Namespace);
        Assert.Equal(50, related.Priority);
        Assert.Equal("service", related.Type);
        Assert.Equal(EvaluationTrigger.JobRegister, related.TriggeredBy);
        Assert.Equal("example", related.JobId);
        Assert.Equal("", related.NodeId);
        Assert.Equal("70638f62-5c19-193e-30d6-f9d6e689ab8e", related.DeploymentId);
        Assert.Equal(EvaluationStatus.Complete, related.Status);
        Assert.Equal("", related.StatusDescription);
        Assert.Null(related.WaitUntil); // Go's zero time
        Assert.Equal("", related.NextEval);
        Assert.Equal("", related.PreviousEval);
        Assert.Equal(EvalId, related.BlockedEval);
        Assert.Equal(3_000_000_000UL, related.CreateIndex);
        Assert.Equal(3_000_000_003UL, related.ModifyIndex);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(17_410_797_301_234_567), related.CreateTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_079_731), related.ModifyTime);
        var failed = Assert.Single(eval.FailedTGAllocs!);
        Assert.Equal("cache", failed.Key);
        Assert.Equal(3, failed.Value.NodesEvaluated);
        Assert.Equal(0, failed.Value.NodesFiltered);
        Assert.Equal(3, failed.Value.NodesInPool);
        Assert.Equal("default", failed.Value.NodePool);
        Assert.Equal(3, failed.Value.NodesAvailable!["dc1"]);
        Assert.Null(failed.Value.ClassFiltered);
        Assert.Null(failed.Value.ConstraintFiltered);
        Assert.Equal(3, failed.Value.NodesExhausted);
        Assert.Null(failed.Value.ClassExhausted);
        Assert.Equal(3, failed.Value.DimensionExhausted!["memory"]);
        Assert.Null(failed.Value.QuotaExhausted);
        Assert.Null(failed.Value.ResourcesExhausted);
        Assert.Null(failed.Value.Scores);
        Assert.Null(failed.Value.ScoreMetaData);
        Assert.Equal(TimeSpan.FromTicks(120), failed.Value.AllocationTime);
        Assert.Equal(2, failed.Value.CoalescedFailures);
        Assert.Equal(3UL, eval.PlanAnnotations!.DesiredTGUpdates!["cache"].Place);
        Assert.True(eval.ClassEligibility!["v1:8743826541"]);
        Assert.False(eval.EscapedComputedClass);
        Assert.Equal("", eval.QuotaLimitReached);
        Assert.Null(eval.MissingNonNodeResources);
        Assert.False(eval.AnnotatePlan);
        Assert.Equal(3, eval.QueuedAllocations!["cache"]);
        Assert.Equal(3_000_000_004UL, eval.SnapshotIndex);
        Assert.Equal(3_000_000_004UL, eval.CreateIndex);
        Assert.Equal(3_000_000_006UL, eval.ModifyIndex);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(17_410_797_315_000_000), eval.CreateTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_079_732), eval.ModifyTime);
        Assert.True(Assert.Single(eval.AdditionalProperties!).Value.GetBoolean());
    }

    [Fact]
    public async Task GetAsync_can_leave_related_evaluations_out()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/evaluation/{EvalId}", NomadTestServer.Fixture("Evaluations/read-related.json"));
        using var nomad = server.CreateClient();

        await nomad.Evaluations.GetAsync(EvalId, new EvaluationGetOptions { IncludeRelated = false });

        server.SingleRequest().AssertSent(server, "GET", $"/v1/evaluation/{EvalId}");
    }

    [Fact]
    public async Task ListAllocationsAsync_reads_the_allocations_of_an_evaluation()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", $"/v1/evaluation/{EvalId}/allocations", NomadTestServer.Fixture("Allocations/list.json"));
        using var nomad = server.CreateClient();

        var response = await nomad.Evaluations.ListAllocationsAsync(EvalId, new NomadQueryOptions { Namespace = "apps" });

        server.SingleRequest().AssertSent(server, "GET", $"/v1/evaluation/{EvalId}/allocations?namespace=apps");
        NomadStubs.AssertMeta(response.Meta);
        SeedAllocations.AssertListStub(Assert.Single(response.Value));
    }

    [Fact]
    public async Task CountAsync_sends_the_filter_and_reads_the_count()
    {
        using var server = new NomadTestServer();
        server.Answer("GET", "/v1/evaluations/count", NomadTestServer.Fixture("Evaluations/count.json"), index: "3000000006");
        using var nomad = server.CreateClient();

        var response = await nomad.Evaluations.CountAsync(new NomadQueryOptions { Namespace = "*", Filter = "Status == \"blocked\"" });

        server.SingleRequest().AssertSent(server, "GET", "/v1/evaluations/count?namespace=%2A&filter=Status%20%3D%3D%20%22blocked%22");
        Assert.Equal(42, response.Value);
        NomadStubs.AssertMeta(response.Meta, index: 3_000_000_006);
    }

    [Fact]
    public async Task DeleteAsync_sends_the_ids_or_the_filter_in_a_DELETE_body()
    {
        using var server = new NomadTestServer();
        server.Answer("DELETE", "/v1/evaluations", """{"Count":2,"Index":3000000010}""", index: "3000000010");
        using var nomad = server.CreateClient();

        var byId = await nomad.Evaluations.DeleteAsync([EvalId, "5456bd7a-9fc0-c0dd-6131-cbee77f57577"]);
        await nomad.Evaluations.DeleteByFilterAsync("Status == \"pending\"", new NomadWriteOptions { Region = "eu" });

        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        requests[0].AssertSent(server, "DELETE", "/v1/evaluations");
        JsonSemantics.AssertSameJson($$"""{"EvalIDs":["{{EvalId}}","5456bd7a-9fc0-c0dd-6131-cbee77f57577"]}""", requests[0].Body);
        requests[1].AssertSent(server, "DELETE", "/v1/evaluations?region=eu");
        JsonSemantics.AssertSameJson("""{"Filter":"Status == \"pending\""}""", requests[1].Body);
        Assert.Equal(2, byId.Value);
        NomadStubs.AssertMeta(byId.Meta, index: 3_000_000_010);
    }

    public static TheoryData<string, Func<INomadEvaluationsClient, Task>> BadCalls() => new()
    {
        { "evaluationId", c => c.GetAsync("0d834913") },
        { "evaluationId", c => c.ListAllocationsAsync("0d834913-58a0") },
        { "evaluationIds", c => c.DeleteAsync([]) },
        { "evaluationIds", c => c.DeleteAsync(["0d834913"]) },
        { "evaluationIds", c => c.DeleteAsync(Enumerable.Repeat(EvalId, 7282)) },
        { "filter", c => c.DeleteByFilterAsync(" ") },
        { "query", c => c.CountAsync(new NomadQueryOptions { Prefix = "0d8" }) },
        { "options", c => c.ListAsync(new EvaluationListOptions { Prefix = "0d83491" }).GetAsyncEnumerator().MoveNextAsync().AsTask() },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task Bad_input_throws_before_any_request(string paramName, Func<INomadEvaluationsClient, Task> call)
    {
        using var server = new NomadTestServer();
        using var nomad = server.CreateClient();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(nomad.Evaluations));

        Assert.Equal(paramName, error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Evaluations_round_trip_with_related_evaluations_and_unknown_fields()
    {
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture("Evaluations/list.json"), NomadJsonContext.Default.ListEvaluation);
        JsonSemantics.AssertRoundTrips(NomadTestServer.Fixture("Evaluations/read-related.json"), NomadJsonContext.Default.Evaluation);
    }

    [Fact]
    public void A_trigger_and_status_a_newer_Nomad_adds_read_and_write_back()
    {
        var eval = JsonSemantics.AssertRoundTrips("""{"TriggeredBy":"job-rollback","Status":"superseded"}""", NomadJsonContext.Default.Evaluation);

        Assert.Equal("job-rollback", eval.TriggeredBy!.Value.Value);
        Assert.Equal("superseded", eval.Status!.Value.Value);
    }
}
