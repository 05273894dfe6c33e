using System.Text;
using DeploymentSdk.Nomad.Tests.AllocationFiles;
using DeploymentSdk.Nomad.Tests.Events;

namespace DeploymentSdk.Nomad.Tests.Diagnosis;

/// <summary>A loopback Nomad with one failed deployment: a crashed allocation, a failing check, a log, and a blocked evaluation.</summary>
internal static class DiagnosisServer
{
    public const string DeploymentId = "c848972e-dcd3-7354-e0d2-1d6dc1e5d3f3";
    public const string EvalId = "fb2170a8-257d-3c64-b14d-bc06cc94e34c";
    public const string FailedAlloc = "5456bd7a-9fc0-c0dd-6131-cbee77f57577";
    public const string HealthyAlloc = "a8198d79-cfdb-6593-a999-1e9adabcba2e";

    public static string Deployment(string status = "failed") =>
        "{\"ID\":\"" + DeploymentId + "\",\"Namespace\":\"apps\",\"JobID\":\"web\",\"JobVersion\":2,\"Status\":\"" + status + "\"," +
        "\"StatusDescription\":\"Failed due to unhealthy allocations\",\"CreateIndex\":100,\"ModifyIndex\":120," +
        "\"TaskGroups\":{\"api\":{\"DesiredTotal\":2,\"PlacedAllocs\":2,\"HealthyAllocs\":1,\"UnhealthyAllocs\":1}}}";

    public const string Allocations = """
        [{"ID":"5456bd7a-9fc0-c0dd-6131-cbee77f57577","Name":"web.api[1]","NodeID":"node-1","NodeName":"worker-1","TaskGroup":"api",
          "ClientStatus":"failed","ClientDescription":"Failed tasks","ModifyIndex":119,"DeploymentStatus":{"Healthy":false},
          "TaskStates":{"server":{"State":"dead","Failed":true,"Restarts":2,"Events":[
            {"Type":"Received","Time":1764752700000000000},
            {"Type":"Started","Time":1764752701000000000},
            {"Type":"Terminated","Time":1764752702000000000,"ExitCode":3,"Signal":0,"DisplayMessage":"Exit Code: 3","Details":{"exit_code":"3","oom_killed":"true"}},
            {"Type":"Restarting","Time":1764752703000000000,"DisplayMessage":"Task restarting in 15s"},
            {"Type":"Not Restarting","Time":1764752704000000000,"FailsTask":true,"DisplayMessage":"Exceeded allowed attempts 2 in interval 30m0s and mode is \"fail\""}]},
           "sidecar":{"State":"dead","Failed":false,"Events":[{"Type":"Started","Time":1764752701000000000},{"Type":"Killed","Time":1764752705000000000}]}}},
         {"ID":"a8198d79-cfdb-6593-a999-1e9adabcba2e","Name":"web.api[0]","NodeID":"node-2","TaskGroup":"api","ClientStatus":"running",
          "ModifyIndex":110,"DeploymentStatus":{"Healthy":true},"TaskStates":{"server":{"State":"running","Failed":false}}}]
        """;

    public const string Checks = """
        {"c1":{"ID":"c1","Check":"http-alive","Group":"api","Mode":"healthiness","Output":"HTTP GET http://10.0.0.5:8080/health: 503 Service Unavailable","Service":"web-api","Status":"failure","StatusCode":503},
         "c2":{"ID":"c2","Check":"tcp","Group":"api","Mode":"readiness","Output":"ok","Service":"web-api","Status":"success"}}
        """;

    public const string Evaluations = """
        [{"ID":"fb2170a8-257d-3c64-b14d-bc06cc94e34c","JobID":"web","Status":"blocked","CreateIndex":101,"ModifyIndex":101,
          "FailedTGAllocs":{"api":{"NodesEvaluated":3,"NodesFiltered":2,"ConstraintFiltered":{"${attr.kernel.name} = windows":2},"NodesExhausted":1,"DimensionExhausted":{"memory":1},"CoalescedFailures":1}}},
         {"ID":"00000000-0000-0000-0000-000000000001","JobID":"web","Status":"complete","CreateIndex":50,"ModifyIndex":50,
          "FailedTGAllocs":{"old":{"NodesEvaluated":1}}}]
        """;

    /// <summary>Answers the reads of a diagnosis; <paramref name="logs"/> answers the log requests.</summary>
    public static LoopbackHttpServer Start(Func<LoopbackExchange, Task> logs, string deploymentStatus = "failed") =>
        new(async x =>
        {
            var path = x.Request.Path;
            var headers = new[] { ("Content-Type", "application/json"), ("X-Nomad-Index", "120") };
            if (path == $"/v1/deployment/{DeploymentId}")
            {
                await x.RespondAsync(200, Deployment(deploymentStatus), headers);
            }
            else if (path == $"/v1/deployment/allocations/{DeploymentId}")
            {
                await x.RespondAsync(200, Allocations, headers);
            }
            else if (path == $"/v1/client/allocation/{FailedAlloc}/checks")
            {
                await x.RespondAsync(200, Checks, headers);
            }
            else if (path == "/v1/job/web/evaluations")
            {
                await x.RespondAsync(200, Evaluations, headers);
            }
            else if (path.StartsWith("/v1/client/fs/logs/", StringComparison.Ordinal))
            {
                await logs(x);
            }
            else
            {
                await x.RespondAsync(404, "not found: " + path);
            }
        });

    public static async Task StderrAsync(LoopbackExchange x)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 30; i++)
        {
            text.Append("line ").Append(i).Append('\n');
        }

        text.Append("panic: cannot bind :8080\n");
        await x.StartChunkedAsync();
        await x.ChunkAsync(Frames.Data("alloc/logs/server.stderr.0", text.Length, text.ToString()));
        await x.EndChunkedAsync();
    }
}
