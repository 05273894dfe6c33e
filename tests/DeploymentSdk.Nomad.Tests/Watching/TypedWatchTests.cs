using System.Globalization;
using System.Runtime.CompilerServices;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Watching;

/// <summary>Each typed watch blocks on its own endpoint: a plain read, then reads at the index of the answer before.</summary>
public sealed class TypedWatchTests
{
    private const string DeploymentId = "d1d2d3d4-0000-4000-8000-000000000002";
    private const string EvalId = "a1b2c3d4-0000-4000-8000-000000000001";
    private const string AllocId = "c1c2c3c4-0000-4000-8000-000000000004";

    private static readonly NomadWatchOptions Fast = new() { WaitTime = TimeSpan.FromSeconds(3), MinimumInterval = TimeSpan.Zero };

    public static TheoryData<string> Watches =>
    [
        "job", "jobs", "job summary", "job allocations", "job deployments", "job latest deployment", "job evaluations",
        "deployment", "deployments", "deployment allocations", "evaluation", "evaluation allocations", "allocation", "allocations",
    ];

    [Theory]
    [MemberData(nameof(Watches))]
    public async Task A_typed_watch_reads_its_endpoint_then_blocks_on_the_returned_index(string watch)
    {
        var (path, first, second) = Case(watch);
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("index", MatchBehaviour.RejectOnMatch)).RespondWith(Json(10, first));
        server.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("index", "10")).RespondWith(Json(11, second));
        using var nomad = server.CreateClient(o => o.Namespace = "apps");

        var indexes = await IndexesAsync(Start(nomad, watch), 2);

        Assert.Equal([10UL, 11UL], indexes);
        Assert.Equal([null, "10"], server.Requests.Select(r => r.RequestMessage!.Query!.TryGetValue("index", out var v) ? v.ToString() : null));
        Assert.All(server.Requests, r =>
        {
            Assert.Equal(path, r.RequestMessage!.Path);
            Assert.Equal("3000ms", r.RequestMessage.Query!["wait"].ToString());
            Assert.Equal("apps", r.RequestMessage.Query!["namespace"].ToString());
        });
    }

    [Fact]
    public async Task Watching_a_job_before_it_is_registered_yields_null_then_the_job()
    {
        using var server = new NomadTestServer();
        server.Server.Given(Request.Create().WithPath("/v1/job/web").UsingGet().WithParam("index", MatchBehaviour.RejectOnMatch))
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("X-Nomad-Index", "5").WithBody("job not found"));
        server.Server.Given(Request.Create().WithPath("/v1/job/web").UsingGet().WithParam("index", "5"))
            .RespondWith(Json(9, """{"ID":"web","Name":"web","Status":"pending","Version":0}"""));
        using var nomad = server.CreateClient();

        var seen = new List<NomadResponse<Job?>>();
        await foreach (var job in nomad.Jobs.WatchAsync("web", Fast))
        {
            seen.Add(job);
            if (seen.Count == 2)
            {
                break;
            }
        }

        Assert.Null(seen[0].Value);
        Assert.Equal(5UL, seen[0].LastIndex);
        Assert.Equal("pending", seen[1].Value!.Status?.Value);
    }

    [Fact]
    public void Ids_are_checked_when_the_watch_is_created()
    {
        using var nomad = NomadClient.Create(o => o.Address = new Uri("http://127.0.0.1:1"));

        Assert.Equal("deploymentId", Assert.Throws<ArgumentException>(() => nomad.Deployments.WatchAsync("d1")).ParamName);
        Assert.Equal("evaluationId", Assert.Throws<ArgumentException>(() => nomad.Evaluations.WatchAllocationsAsync("short")).ParamName);
        Assert.Equal("allocationId", Assert.Throws<ArgumentException>(() => nomad.Allocations.WatchAsync("")).ParamName);
        Assert.Equal("jobId", Assert.Throws<ArgumentException>(() => nomad.Jobs.WatchAsync("")).ParamName);
    }

    private static (string Path, string First, string Second) Case(string watch)
    {
        const string job = """{"ID":"web","Name":"web","Status":"running"}""";
        const string summary = """{"JobID":"web","Summary":{}}""";
        const string deployment = $$"""{"ID":"{{DeploymentId}}","JobID":"web","Status":"running"}""";
        const string evaluation = $$"""{"ID":"{{EvalId}}","JobID":"web","Status":"complete"}""";
        const string allocation = $$"""{"ID":"{{AllocId}}","JobID":"web","ClientStatus":"running"}""";
        return watch switch
        {
            "job" => ("/v1/job/web", job, job),
            "jobs" => ("/v1/jobs", $"[{job}]", "[]"),
            "job summary" => ("/v1/job/web/summary", summary, summary),
            "job allocations" => ("/v1/job/web/allocations", $"[{allocation}]", "[]"),
            "job deployments" => ("/v1/job/web/deployments", $"[{deployment}]", "[]"),
            "job latest deployment" => ("/v1/job/web/deployment", "null", deployment),
            "job evaluations" => ("/v1/job/web/evaluations", $"[{evaluation}]", "[]"),
            "deployment" => ($"/v1/deployment/{DeploymentId}", deployment, deployment),
            "deployments" => ("/v1/deployments", $"[{deployment}]", "[]"),
            "deployment allocations" => ($"/v1/deployment/allocations/{DeploymentId}", $"[{allocation}]", "[]"),
            "evaluation" => ($"/v1/evaluation/{EvalId}", evaluation, evaluation),
            "evaluation allocations" => ($"/v1/evaluation/{EvalId}/allocations", $"[{allocation}]", "[]"),
            "allocation" => ($"/v1/allocation/{AllocId}", allocation, allocation),
            "allocations" => ("/v1/allocations", $"[{allocation}]", "[]"),
            _ => throw new ArgumentOutOfRangeException(nameof(watch)),
        };
    }

    private static IAsyncEnumerable<ulong> Start(INomadClient nomad, string watch) => watch switch
    {
        "job" => Index(nomad.Jobs.WatchAsync("web", Fast)),
        "jobs" => Index(nomad.Jobs.WatchListAsync(Fast)),
        "job summary" => Index(nomad.Jobs.WatchSummaryAsync("web", Fast)),
        "job allocations" => Index(nomad.Jobs.WatchAllocationsAsync("web", Fast)),
        "job deployments" => Index(nomad.Jobs.WatchDeploymentsAsync("web", Fast)),
        "job latest deployment" => Index(nomad.Jobs.WatchLatestDeploymentAsync("web", Fast)),
        "job evaluations" => Index(nomad.Jobs.WatchEvaluationsAsync("web", Fast)),
        "deployment" => Index(nomad.Deployments.WatchAsync(DeploymentId, Fast)),
        "deployments" => Index(nomad.Deployments.WatchListAsync(Fast)),
        "deployment allocations" => Index(nomad.Deployments.WatchAllocationsAsync(DeploymentId, Fast)),
        "evaluation" => Index(nomad.Evaluations.WatchAsync(EvalId, Fast)),
        "evaluation allocations" => Index(nomad.Evaluations.WatchAllocationsAsync(EvalId, Fast)),
        "allocation" => Index(nomad.Allocations.WatchAsync(AllocId, Fast)),
        "allocations" => Index(nomad.Allocations.WatchListAsync(Fast)),
        _ => throw new ArgumentOutOfRangeException(nameof(watch)),
    };

    private static async IAsyncEnumerable<ulong> Index<T>(
        IAsyncEnumerable<NomadResponse<T>> watch,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in watch.WithCancellation(cancellationToken))
        {
            yield return item.LastIndex;
        }
    }

    private static async Task<List<ulong>> IndexesAsync(IAsyncEnumerable<ulong> watch, int count)
    {
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var indexes = new List<ulong>();
        await foreach (var index in watch.WithCancellation(safety.Token))
        {
            indexes.Add(index);
            if (indexes.Count == count)
            {
                break;
            }
        }

        return indexes;
    }

    private static IResponseBuilder Json(ulong index, string body) =>
        Response.Create()
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Nomad-Index", index.ToString(CultureInfo.InvariantCulture))
            .WithBody(body);
}
