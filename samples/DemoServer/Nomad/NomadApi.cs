using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// Nomad's HTTP API over the simulated cluster: the jobs, deployments, allocations and evaluations endpoints, with
/// blocking queries (<c>index</c>/<c>wait</c>), paging (<c>per_page</c>/<c>next_token</c>), <c>namespace</c>,
/// <c>prefix</c> and <c>filter</c>, and the <c>X-Nomad-*</c> headers.
/// </summary>
internal sealed class NomadApi(NomadCluster cluster, TimeProvider time, TimeSpan maxBlockingWait, CancellationToken stopping)
{
    public void Map(DemoRouter router)
    {
        router.Map("GET", "/v1/status/leader", _ => DemoResponse.Json(JsonValue.Create("127.0.0.1:4647")));
        router.Map("GET", "/v1/jobs", ListJobs);
        router.Map("PUT", "/v1/jobs", Register);
        router.Map("POST", "/v1/jobs", Register);
        router.Map("POST", "/v1/jobs/parse", ParseJob);
        router.Map("PUT", "/v1/jobs/parse", ParseJob);
        router.Map("GET", "/v1/job/{id}", GetJob);
        router.Map("PUT", "/v1/job/{id}", Register);
        router.Map("POST", "/v1/job/{id}", Register);
        router.Map("DELETE", "/v1/job/{id}", Deregister);
        router.Map("GET", "/v1/job/{id}/versions", JobVersions);
        router.Map("GET", "/v1/job/{id}/summary", JobSummary);
        router.Map("GET", "/v1/job/{id}/allocations", JobAllocations);
        router.Map("GET", "/v1/job/{id}/deployments", JobDeployments);
        router.Map("GET", "/v1/job/{id}/deployment", JobLatestDeployment);
        router.Map("GET", "/v1/job/{id}/evaluations", JobEvaluations);
        router.Map("GET", "/v1/deployments", ListDeployments);
        router.Map("GET", "/v1/deployment/{id}", GetDeployment);
        router.Map("GET", "/v1/deployment/allocations/{id}", DeploymentAllocations);
        foreach (var method in new[] { "PUT", "POST" })
        {
            router.Map(method, "/v1/deployment/promote/{id}", Promote);
            router.Map(method, "/v1/deployment/fail/{id}", Fail);
            router.Map(method, "/v1/deployment/pause/{id}", Pause);
        }

        router.Map("GET", "/v1/allocations", ListAllocations);
        router.Map("GET", "/v1/allocation/{id}", GetAllocation);
        router.Map("GET", "/v1/evaluations", ListEvaluations);
        router.Map("GET", "/v1/evaluation/{id}", GetEvaluation);
        router.Map("GET", "/v1/evaluation/{id}/allocations", EvaluationAllocations);
    }

    // ---- jobs ----

    private Task<DemoResponse> ListJobs(DemoRequest request) => BlockingAsync(request, c =>
        List(request, c.JobsIndex, c.Jobs.Where(j => InNamespace(request, j.Namespace)).OrderBy(j => j.Id, StringComparer.Ordinal).ThenBy(j => j.Namespace, StringComparer.Ordinal),
            j => j.Id, j => j.ToStub(c.Summary(j))));

    private DemoResponse Register(DemoRequest request)
    {
        var body = ParseBody(request);
        if (body["Job"] is not JsonObject job)
        {
            throw new DemoHttpException(400, "Job must be specified");
        }

        body.Remove("Job");
        if (request.Route.TryGetValue("id", out var id) && (string?)job["ID"] != id)
        {
            throw new DemoHttpException(400, "Job ID does not match name");
        }

        job["Namespace"] ??= request.QueryValue("namespace") is { Length: > 0 } ns && ns != "*" ? ns : null;
        var answer = cluster.Write(c => c.Register(job));
        return WithIndex(DemoResponse.Json(answer), (ulong)answer["Index"]!);
    }

    private static DemoResponse ParseJob(DemoRequest request)
    {
        var body = ParseBody(request);
        var hcl = (string?)body["JobHCL"] ?? throw new DemoHttpException(400, "Job HCL must be specified");
        var job = HclJobParser.Parse(hcl);
        if ((bool?)body["Canonicalize"] == true)
        {
            NomadJobSpec.Canonicalize(job);
        }

        return DemoResponse.Json(job);
    }

    private Task<DemoResponse> GetJob(DemoRequest request) =>
        BlockingAsync(request, c => Job(request, c) is { } job ? (job.ModifyIndex, job.ToJson()) : NotFound(c.JobsIndex, "job not found"));

    private DemoResponse Deregister(DemoRequest request)
    {
        var answer = cluster.Write(c =>
        {
            var job = Job(request, c) ?? throw new DemoHttpException(404, "job not found");
            return c.Deregister(job, request.QueryFlag("purge"));
        });
        return WithIndex(DemoResponse.Json(answer), (ulong)answer["Index"]!);
    }

    private Task<DemoResponse> JobVersions(DemoRequest request) => BlockingAsync(request, c =>
    {
        if (Job(request, c) is not { } job)
        {
            return NotFound(c.JobsIndex, "job versions not found");
        }

        var versions = new JsonArray([.. job.Versions.OrderByDescending(v => v.Version).Select(v => job.ToJson(v.Version))]);
        return (job.ModifyIndex, new JsonObject { ["Versions"] = versions, ["Diffs"] = null });
    });

    private Task<DemoResponse> JobSummary(DemoRequest request) => BlockingAsync(request, c =>
        Job(request, c) is { } job && c.Summary(job) is var summary
            ? ((ulong)summary["ModifyIndex"]!, summary)
            : NotFound(c.JobsIndex, "job not found"));

    private Task<DemoResponse> JobAllocations(DemoRequest request) => BlockingAsync(request, c =>
    {
        var job = Job(request, c);
        var allocs = job is null ? [] : c.Allocations.Where(a => a.JobId == job.Id && a.Namespace == job.Namespace && (request.QueryFlag("all") || a.JobVersion <= job.Version)).ToList();
        return (MaxIndex(allocs.Select(a => a.ModifyIndex), c.AllocationsIndex), new JsonArray([.. allocs.Select(a => a.ToStub())]));
    });

    private Task<DemoResponse> JobDeployments(DemoRequest request) => BlockingAsync(request, c =>
    {
        var deployments = DeploymentsOf(request, c).OrderByDescending(d => d.CreateIndex).ToList();
        return (MaxIndex(deployments.Select(d => d.ModifyIndex), c.DeploymentsIndex), new JsonArray([.. deployments.Select(d => d.ToJson())]));
    });

    private Task<DemoResponse> JobLatestDeployment(DemoRequest request) => BlockingAsync(request, c =>
        DeploymentsOf(request, c).MaxBy(d => d.CreateIndex) is { } latest
            ? (latest.ModifyIndex, latest.ToJson())
            : (c.DeploymentsIndex, (JsonNode?)null));

    private Task<DemoResponse> JobEvaluations(DemoRequest request) => BlockingAsync(request, c =>
    {
        var evals = Job(request, c) is { } job ? c.Evaluations.Where(e => e.JobId == job.Id && e.Namespace == job.Namespace).ToList() : [];
        return (MaxIndex(evals.Select(e => e.ModifyIndex), c.EvaluationsIndex), new JsonArray([.. evals.Select(e => e.ToJson())]));
    });

    // ---- deployments ----

    private Task<DemoResponse> ListDeployments(DemoRequest request) => BlockingAsync(request, c =>
        List(request, c.DeploymentsIndex, c.Deployments.Where(d => InNamespace(request, d.Namespace)).OrderBy(d => d.CreateIndex), d => d.Id, d => d.ToJson()));

    private Task<DemoResponse> GetDeployment(DemoRequest request) => BlockingAsync(request, c =>
        c.Deployments.Find(d => d.Id == request["id"]) is { } deployment
            ? (deployment.ModifyIndex, deployment.ToJson())
            : NotFound(c.DeploymentsIndex, "deployment not found"));

    private Task<DemoResponse> DeploymentAllocations(DemoRequest request) => BlockingAsync(request, c =>
    {
        var deployment = c.Deployments.Find(d => d.Id == request["id"]);
        var allocs = deployment is null ? [] : c.DeploymentAllocs(deployment).ToList();
        return (MaxIndex(allocs.Select(a => a.ModifyIndex), c.AllocationsIndex), new JsonArray([.. allocs.Select(a => a.ToStub())]));
    });

    private DemoResponse Promote(DemoRequest request)
    {
        var body = ParseBody(request);
        var groups = body["Groups"] is JsonArray names ? names.Select(n => (string?)n ?? string.Empty).ToList() : [];
        return DeploymentWrite(request, (c, d) => c.Promote(d, (bool?)body["All"] ?? false, groups));
    }

    private DemoResponse Fail(DemoRequest request) => DeploymentWrite(request, (c, d) => c.Fail(d));

    private DemoResponse Pause(DemoRequest request)
    {
        var pause = (bool?)ParseBody(request)["Pause"] ?? false;
        return DeploymentWrite(request, (c, d) => c.Pause(d, pause));
    }

    private DemoResponse DeploymentWrite(DemoRequest request, Func<NomadCluster, NomadDeployment, JsonObject> write)
    {
        var answer = cluster.Write(c =>
        {
            var deployment = c.Deployments.Find(d => d.Id == request["id"])
                ?? throw new DemoHttpException(404, $"rpc error: deployment not found");
            return write(c, deployment);
        });
        return WithIndex(DemoResponse.Json(answer), (ulong)answer["Index"]!);
    }

    // ---- allocations and evaluations ----

    private Task<DemoResponse> ListAllocations(DemoRequest request) => BlockingAsync(request, c =>
    {
        var taskStates = request.QueryFlag("task_states", whenAbsent: true);
        return List(request, c.AllocationsIndex, c.Allocations.Where(a => InNamespace(request, a.Namespace)).OrderBy(a => a.CreateIndex).ThenBy(a => a.Id, StringComparer.Ordinal), a => a.Id, a => a.ToStub(taskStates));
    });

    private Task<DemoResponse> GetAllocation(DemoRequest request) => BlockingAsync(request, c =>
    {
        if (c.Allocations.Find(a => a.Id == request["id"]) is not { } alloc)
        {
            return NotFound(c.AllocationsIndex, "alloc not found");
        }

        var job = c.FindJob(alloc.Namespace, alloc.JobId);
        var spec = job?.ToJson(alloc.JobVersion) ?? new JsonObject { ["ID"] = alloc.JobId };
        var group = spec["TaskGroups"]?.AsArray().OfType<JsonObject>().FirstOrDefault(g => (string?)g["Name"] == alloc.TaskGroup) ?? [];
        return (alloc.ModifyIndex, alloc.ToJson(spec, group));
    });

    private Task<DemoResponse> ListEvaluations(DemoRequest request) => BlockingAsync(request, c =>
        List(request, c.EvaluationsIndex, c.Evaluations.Where(e => InNamespace(request, e.Namespace) && (request.QueryValue("job") is not { } job || e.JobId == job)).OrderBy(e => e.CreateIndex), e => e.Id, e => e.ToJson()));

    private Task<DemoResponse> GetEvaluation(DemoRequest request) => BlockingAsync(request, c =>
        c.Evaluations.Find(e => e.Id == request["id"]) is { } eval
            ? (eval.ModifyIndex, eval.ToJson())
            : NotFound(c.EvaluationsIndex, "eval not found"));

    private Task<DemoResponse> EvaluationAllocations(DemoRequest request) => BlockingAsync(request, c =>
    {
        var allocs = c.Allocations.Where(a => a.EvalId == request["id"]).ToList();
        return (MaxIndex(allocs.Select(a => a.ModifyIndex), c.AllocationsIndex), new JsonArray([.. allocs.Select(a => a.ToStub())]));
    });

    // ---- shared ----

    /// <summary>
    /// Answers a read, holding it while the request's <c>index</c> is at or above the answer's index, until the
    /// cluster changes or <c>wait</c> (capped at the demo's maximum) passes — Nomad's blocking query.
    /// </summary>
    private async Task<DemoResponse> BlockingAsync(DemoRequest request, Func<NomadCluster, Answer> read)
    {
        var waitIndex = request.QueryValue("index") is { } index ? ulong.Parse(index, CultureInfo.InvariantCulture) : 0;
        var wait = NomadFormat.ParseDuration(request.QueryValue("wait")) ?? TimeSpan.FromMinutes(5);
        var deadline = time.GetUtcNow() + (wait < maxBlockingWait ? wait : maxBlockingWait);
        while (true)
        {
            var (answer, changed) = cluster.Read(read);
            var remaining = deadline - time.GetUtcNow();
            if (waitIndex == 0 || answer.Index > waitIndex || remaining <= TimeSpan.Zero || stopping.IsCancellationRequested)
            {
                var response = answer.Error is { } error ? DemoResponse.Text(404, error) : DemoResponse.Json(answer.Body);
                if (answer.NextToken is { } token)
                {
                    response.Headers["X-Nomad-NextToken"] = token;
                }

                return WithIndex(response, Math.Max(answer.Index, 1));
            }

            // A held read ends when the change comes, the wait passes, the client goes away or the server stops.
            using var held = CancellationTokenSource.CreateLinkedTokenSource(stopping, request.Aborted);
            await Task.WhenAny(changed, Task.Delay(remaining, time, held.Token)).ConfigureAwait(false);
            request.Aborted.ThrowIfCancellationRequested();
        }
    }

    private static DemoResponse WithIndex(DemoResponse response, ulong index)
    {
        response.Headers["X-Nomad-Index"] = index.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Nomad-KnownLeader"] = "true";
        response.Headers["X-Nomad-LastContact"] = "0";
        return response;
    }

    /// <summary>Applies <c>prefix</c>, <c>filter</c>, <c>reverse</c>, <c>next_token</c> and <c>per_page</c> to a list.</summary>
    private static Answer List<T>(DemoRequest request, ulong index, IEnumerable<T> items, Func<T, string> id, Func<T, JsonObject> toJson)
    {
        if (request.QueryValue("prefix") is { Length: > 0 } prefix)
        {
            items = items.Where(item => id(item).StartsWith(prefix, StringComparison.Ordinal));
        }

        var rows = items.Select(item => (Id: id(item), Json: toJson(item)));
        if (request.QueryValue("filter") is { Length: > 0 } filter)
        {
            var predicate = NomadFilterExpression.Parse(filter);
            rows = rows.Where(row => predicate(row.Json));
        }

        var list = rows.ToList();
        if (request.QueryFlag("reverse"))
        {
            list.Reverse();
        }

        if (request.QueryValue("next_token") is { Length: > 0 } token)
        {
            var start = list.FindIndex(row => row.Id == token);
            list = start < 0 ? [] : list[start..];
        }

        string? next = null;
        if (request.QueryValue("per_page") is { Length: > 0 } perPageText)
        {
            if (!int.TryParse(perPageText, NumberStyles.None, CultureInfo.InvariantCulture, out var perPage))
            {
                throw new DemoHttpException(400, $"Failed to parse value of \"per_page\" ({perPageText}): invalid syntax");
            }

            if (perPage > 0 && list.Count > perPage)
            {
                next = list[perPage].Id;
                list = list[..perPage];
            }
        }

        return new Answer(index, new JsonArray([.. list.Select(row => row.Json)]), next);
    }

    private static bool InNamespace(DemoRequest request, string ns) =>
        request.QueryValue("namespace") is not { Length: > 0 } wanted ? ns == "default" : wanted == "*" || wanted == ns;

    private static NomadJob? Job(DemoRequest request, NomadCluster c)
    {
        var ns = request.QueryValue("namespace") is { Length: > 0 } wanted ? wanted : "default";
        return c.Jobs.Find(j => j.Id == request["id"] && (ns == "*" || j.Namespace == ns));
    }

    private static IEnumerable<NomadDeployment> DeploymentsOf(DemoRequest request, NomadCluster c) =>
        Job(request, c) is { } job ? c.Deployments.Where(d => d.JobId == job.Id && d.Namespace == job.Namespace) : [];

    private static ulong MaxIndex(IEnumerable<ulong> indexes, ulong whenEmpty) => indexes.DefaultIfEmpty(whenEmpty).Max();

    private static Answer NotFound(ulong index, string message) => new(index, null, Error: message);

    private static JsonObject ParseBody(DemoRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(request.Body) as JsonObject ?? throw new DemoHttpException(400, "the request body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new DemoHttpException(400, $"failed to parse the request body: {e.Message}");
        }
    }

    /// <summary>What a read found: its index (what a blocking query compares), the body, the next page's token, or a 404's message.</summary>
    private sealed record Answer(ulong Index, JsonNode? Body, string? NextToken = null, string? Error = null)
    {
        public static implicit operator Answer((ulong Index, JsonNode? Body) answer) => new(answer.Index, answer.Body);
    }
}
