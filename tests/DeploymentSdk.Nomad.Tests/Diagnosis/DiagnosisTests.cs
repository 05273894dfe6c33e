using DeploymentSdk.Nomad.Tests.AllocationFiles;

namespace DeploymentSdk.Nomad.Tests.Diagnosis;

public sealed class DiagnosisTests
{
    [Fact]
    public async Task DiagnoseAsync_explains_the_failed_allocation_its_events_checks_stderr_tail_and_placement_failures()
    {
        await using var server = DiagnosisServer.Start(DiagnosisServer.StderrAsync);
        using var nomad = server.CreateClient();

        var diagnosis = await nomad.DiagnoseAsync(DiagnosisServer.DeploymentId, new NomadDiagnosisOptions { IncludeLogs = true, LogLines = 3, MaxLogBytes = 4096 }, Frames.Safety());

        Assert.Equal(DiagnosisServer.DeploymentId, diagnosis.DeploymentId);
        Assert.Equal(NomadDeploymentOutcome.Failed, diagnosis.Outcome);
        Assert.Equal("Failed due to unhealthy allocations", diagnosis.StatusDescription);
        Assert.Empty(diagnosis.Problems);
        var alloc = Assert.Single(diagnosis.Allocations); // the healthy one is left out
        Assert.Equal(DiagnosisServer.FailedAlloc, alloc.AllocationId);
        Assert.Equal("web.api[1]", alloc.Name);
        Assert.Equal("api", alloc.TaskGroup);
        Assert.Equal("node-1", alloc.NodeId);
        Assert.Equal("worker-1", alloc.NodeName);
        Assert.Equal(AllocationClientStatus.Failed, alloc.ClientStatus);
        Assert.Equal("Failed tasks", alloc.ClientDescription);
        Assert.False(alloc.Healthy);
        var task = Assert.Single(alloc.Tasks); // the sidecar did not fail and has no decisive event
        Assert.Equal("server", task.Task);
        Assert.True(task.Failed);
        Assert.Equal(TaskStatus.Dead, task.State);
        Assert.Equal(2UL, task.Restarts);
        Assert.Equal(3, task.ExitCode);
        Assert.Equal(0, task.Signal);
        Assert.True(task.OomKilled);
        Assert.True(task.RestartsExceeded);
        Assert.Null(task.DriverError);
        Assert.Equal([TaskEventType.Terminated, TaskEventType.Restarting, TaskEventType.NotRestarting], task.Events.Select(e => e.Type!.Value));
        Assert.Equal(["line 29", "line 30", "panic: cannot bind :8080"], task.StderrTail!);
        Assert.Null(task.StdoutTail);
        Assert.Null(task.LogsError);
        var check = Assert.Single(alloc.FailingChecks);
        Assert.Equal("http-alive", check.Check);
        Assert.Null(alloc.ChecksError);
        var placement = Assert.Single(diagnosis.PlacementFailures); // the evaluation from before the deployment is left out
        Assert.Equal("api", placement.TaskGroup);
        Assert.Equal(
            "Task group \"api\" could not be placed (2 allocations): 3 nodes evaluated; 2 filtered by constraint ${attr.kernel.name} = windows; 1 exhausted; 1 exhausted on memory",
            placement.Describe());

        var logs = Assert.Single(server.Received, r => r.Path.StartsWith("/v1/client/fs/logs/", StringComparison.Ordinal));
        Assert.Equal($"/v1/client/fs/logs/{DiagnosisServer.FailedAlloc}", logs.Path);
        Assert.Equal("server", logs.QueryValue("task"));
        Assert.Equal("stderr", logs.QueryValue("type"));
        Assert.Equal("end", logs.QueryValue("origin"));
        Assert.Equal("4096", logs.QueryValue("offset"));
        Assert.Null(logs.QueryValue("follow"));

        var text = diagnosis.Describe();
        Assert.Contains("Task \"server\" dead, failed, exit code 3, OOM killed, 2 restarts, restarts exceeded", text, StringComparison.Ordinal);
        Assert.Contains("| panic: cannot bind :8080", text, StringComparison.Ordinal);
        Assert.Contains("Check \"http-alive\" (web-api) failure: HTTP GET http://10.0.0.5:8080/health: 503 Service Unavailable", text, StringComparison.Ordinal);
        Assert.Contains("Exceeded allowed attempts 2", text, StringComparison.Ordinal);
        Assert.Equal(text, diagnosis.ToString());
    }

    [Fact]
    public async Task A_403_on_logs_is_reported_and_the_rest_of_the_diagnosis_stands()
    {
        await using var server = DiagnosisServer.Start(x => x.RespondAsync(403, "Permission denied"));
        using var nomad = server.CreateClient();

        var diagnosis = await nomad.DiagnoseAsync(DiagnosisServer.DeploymentId, new NomadDiagnosisOptions { IncludeLogs = true, IncludeStdout = true }, Frames.Safety());

        var alloc = Assert.Single(diagnosis.Allocations);
        var task = Assert.Single(alloc.Tasks);
        Assert.Null(task.StderrTail);
        Assert.Contains("PermissionDenied", task.LogsError, StringComparison.Ordinal);
        Assert.Equal(3, task.ExitCode);
        Assert.True(task.RestartsExceeded);
        Assert.Single(alloc.FailingChecks);
        Assert.Single(diagnosis.PlacementFailures);
        Assert.Contains("Logs not readable: stderr of task \"server\": PermissionDenied", diagnosis.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain(NomadTestServer.Token, diagnosis.Describe(), StringComparison.Ordinal);
        // One try per log: a 403 is not retried, and stdout is not asked for after stderr was refused.
        Assert.Single(server.Received, r => r.Path.StartsWith("/v1/client/fs/logs/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_are_opt_in()
    {
        await using var server = DiagnosisServer.Start(DiagnosisServer.StderrAsync);
        using var nomad = server.CreateClient();

        var diagnosis = await nomad.DiagnoseAsync(DiagnosisServer.DeploymentId, cancellationToken: Frames.Safety());

        Assert.Null(Assert.Single(Assert.Single(diagnosis.Allocations).Tasks).StderrTail);
        Assert.DoesNotContain(server.Received, r => r.Path.StartsWith("/v1/client/fs/logs/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowEvaluationAsync_ends_a_failed_deployment_with_its_diagnosis()
    {
        await using var server = new Events.LoopbackHttpServer(async x =>
        {
            if (x.Request.Path == $"/v1/evaluation/{DiagnosisServer.EvalId}")
            {
                await x.RespondAsync(200, $$"""{"ID":"{{DiagnosisServer.EvalId}}","JobID":"web","Status":"complete","DeploymentID":"{{DiagnosisServer.DeploymentId}}","ModifyIndex":101}""", ("X-Nomad-Index", "101"));
            }
            else if (x.Request.Path == $"/v1/deployment/allocations/{DiagnosisServer.DeploymentId}")
            {
                await x.RespondAsync(200, DiagnosisServer.Allocations, ("X-Nomad-Index", "120"));
            }
            else if (x.Request.Path == $"/v1/deployment/{DiagnosisServer.DeploymentId}")
            {
                await x.RespondAsync(200, DiagnosisServer.Deployment(), ("X-Nomad-Index", "120"));
            }
            else
            {
                await x.RespondAsync(503, "node down");
            }
        });
        using var nomad = server.CreateClient();

        var steps = new List<NomadDeploymentProgress>();
        var options = new NomadFollowOptions { Diagnosis = new NomadDiagnosisOptions { IncludeLogs = true } };
        await foreach (var step in nomad.FollowEvaluationAsync(DiagnosisServer.EvalId, options, Frames.Safety()))
        {
            steps.Add(step);
        }

        var result = steps[^1].Result!;
        Assert.Equal(NomadDeploymentOutcome.Failed, result.Outcome);
        var diagnosis = result.Diagnosis!;
        var task = Assert.Single(Assert.Single(diagnosis.Allocations).Tasks);
        Assert.Equal(3, task.ExitCode);
        Assert.Contains("ServerError", task.LogsError, StringComparison.Ordinal); // the node is down: said, not thrown
        Assert.NotNull(Assert.Single(diagnosis.Allocations).ChecksError);
        Assert.Contains("evaluations of job web", Assert.Single(diagnosis.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_follow_reads_no_diagnosis()
    {
        await using var server = DiagnosisServer.Start(DiagnosisServer.StderrAsync, deploymentStatus: "successful");
        using var nomad = server.CreateClient();

        var result = await nomad.Deployments.WaitForCompletionAsync(DiagnosisServer.DeploymentId, cancellationToken: Frames.Safety());

        Assert.Equal(NomadDeploymentOutcome.Successful, result.Outcome);
        Assert.Null(result.Diagnosis);
    }

    [Fact]
    public async Task Bad_arguments_throw_before_any_request()
    {
        await using var server = DiagnosisServer.Start(DiagnosisServer.StderrAsync);
        using var nomad = server.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>("deploymentId", () => nomad.DiagnoseAsync("c848972e"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("options", () => nomad.DiagnoseAsync(DiagnosisServer.DeploymentId, new NomadDiagnosisOptions { LogLines = 0 }));
        Assert.Equal(0, server.Requests);
    }
}
