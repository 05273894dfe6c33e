using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>Allocations: the client side of a step — task events, restarts, a crash with its exit code, health.</summary>
internal sealed partial class NomadCluster
{
    /// <summary>Moves an allocation one phase on and records the task events a client would report.</summary>
    private void Advance(NomadAllocation alloc)
    {
        var now = Now;
        switch (alloc.Phase)
        {
            case AllocPhase.Placed when alloc.DesiredStatus == "stop":
            case AllocPhase.Stopping:
                foreach (var task in alloc.Tasks.Values.Where(t => t.State != "dead"))
                {
                    if (task.StartedAt is not null)
                    {
                        task.AddEvent(now, "Killing", "Sent interrupt. Waiting 5s before force killing");
                        task.AddEvent(now, "Killed", "Task successfully killed");
                    }

                    task.State = "dead";
                    task.FinishedAt = now;
                }

                alloc.ClientStatus = "complete";
                alloc.ClientDescription = "All tasks have completed";
                alloc.Phase = AllocPhase.Complete;
                break;

            case AllocPhase.Placed:
                foreach (var (name, task) in alloc.Tasks)
                {
                    task.AddEvent(now, "Task Setup", "Building Task Directory");
                    task.AddEvent(now, "Driver", $"Downloading image for task {name}");
                    task.AddEvent(now, "Started", "Task started by client");
                    task.Log(task.Stdout, $"{NomadFormat.Rfc3339(now)} {name}: starting version {alloc.JobVersion} on {alloc.NodeName}");
                    task.Log(task.Stdout, $"{NomadFormat.Rfc3339(now)} {name}: listening on :8080");
                    task.State = "running";
                    task.StartedAt = now;
                }

                alloc.ClientStatus = "running";
                alloc.ClientDescription = "Tasks are running";
                alloc.Phase = AllocPhase.Running;
                break;

            case AllocPhase.Running when alloc.WillFail:
                foreach (var task in alloc.Tasks.Values)
                {
                    Crash(task, now);
                    task.AddEvent(now, "Terminated", "Exit Code: 1, Exit Message: \"panic: cannot connect to billing database\"", exitCode: 1);
                    task.AddEvent(now, "Restarting", "Task restarting in 5s");
                    task.State = "pending";
                    task.Restarts++;
                    task.LastRestart = now;
                }

                alloc.Phase = AllocPhase.Restarting;
                break;

            case AllocPhase.Running when alloc.JobType == "batch":
                foreach (var task in alloc.Tasks.Values)
                {
                    task.Log(task.Stdout, $"{NomadFormat.Rfc3339(now)} report written: 1284 rows");
                    task.AddEvent(now, "Terminated", "Exit Code: 0", exitCode: 0);
                    task.State = "dead";
                    task.FinishedAt = now;
                }

                alloc.ClientStatus = "complete";
                alloc.ClientDescription = "All tasks have completed";
                alloc.Phase = AllocPhase.Complete;
                break;

            case AllocPhase.Running:
                alloc.Phase = AllocPhase.Settled;
                if (alloc.DeploymentId is null)
                {
                    return;
                }

                alloc.Healthy = true;
                alloc.HealthTime = now;
                alloc.HealthIndex = OperationIndex();
                break;

            case AllocPhase.Restarting:
                foreach (var task in alloc.Tasks.Values)
                {
                    Crash(task, now);
                    task.AddEvent(now, "Terminated", "Exit Code: 1, Exit Message: \"panic: cannot connect to billing database\"", exitCode: 1);
                    task.AddEvent(now, "Not Restarting", "Exceeded allowed attempts 1 in interval 30m0s and mode is \"fail\"", failsTask: true);
                    task.State = "dead";
                    task.Failed = true;
                    task.FinishedAt = now;
                }

                alloc.ClientStatus = "failed";
                alloc.ClientDescription = "Failed tasks";
                alloc.Phase = AllocPhase.Failed;
                if (alloc.DeploymentId is not null)
                {
                    alloc.Healthy = false;
                    alloc.HealthTime = now;
                    alloc.HealthIndex = OperationIndex();
                }

                break;

            default:
                return;
        }

        TouchAlloc(alloc);
    }

    /// <summary>A running task serves requests: its log grows every step (what <c>follow=true</c> shows).</summary>
    private void Serve(NomadAllocation alloc)
    {
        foreach (var (name, task) in alloc.Tasks.Where(t => t.Value.State == "running"))
        {
            task.Log(task.Stdout, $"{NomadFormat.Rfc3339(Now)} {name}: GET /health 200");
        }
    }

    /// <summary>What a task that cannot reach its database writes before it exits with code 1.</summary>
    private void Crash(TaskLife task, DateTimeOffset now)
    {
        task.Log(task.Stdout, $"{NomadFormat.Rfc3339(now)} connecting to billing database at db.service.consul:5432");
        task.Log(task.Stderr, "panic: cannot connect to billing database: dial tcp 10.0.0.7:5432: connect: connection refused");
        task.Log(task.Stderr, string.Empty);
        task.Log(task.Stderr, "goroutine 1 [running]:");
        task.Log(task.Stderr, "main.main()");
        task.Log(task.Stderr, "\t/app/main.go:42 +0x1d");
    }
}
