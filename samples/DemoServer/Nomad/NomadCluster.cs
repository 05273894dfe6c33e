using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// The simulated Nomad cluster: jobs, evaluations, deployments and allocations, and a scheduler that moves them one
/// small step per <see cref="Step"/>. No randomness: the same calls in the same order give the same IDs and states.
/// </summary>
/// <remarks>
/// A step advances every allocation by one phase (placed → running → healthy, or → restarting → failed; stopping →
/// complete), schedules pending evaluations, and moves each running deployment on: place canaries, wait for them to be
/// healthy, wait for promotion (or auto-promote), then replace the old allocations <c>max_parallel</c> at a time, and
/// end successful — or failed as soon as an allocation is unhealthy (rolling back when <c>auto_revert</c> is set).
/// Every change gets a new Raft-like index, which is what blocking queries wait on.
/// </remarks>
internal sealed partial class NomadCluster
{
    private static readonly (string Id, string Name)[] Nodes =
    [
        (NomadFormat.Uuid("node-1"), "client-1"),
        (NomadFormat.Uuid("node-2"), "client-2"),
        (NomadFormat.Uuid("node-3"), "client-3"),
    ];

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ulong _index = 1;
    private ulong? _operationIndex;
    private int _sequence;
    private int _nodeCursor;
    private DateTimeOffset? _seedClock;

    public NomadCluster(TimeProvider time)
    {
        _time = time;
        Seed();
    }

    public List<NomadJob> Jobs { get; } = [];

    public List<NomadEvaluation> Evaluations { get; } = [];

    public List<NomadDeployment> Deployments { get; } = [];

    public List<NomadAllocation> Allocations { get; } = [];

    public ulong JobsIndex { get; private set; }

    public ulong EvaluationsIndex { get; private set; }

    public ulong DeploymentsIndex { get; private set; }

    public ulong AllocationsIndex { get; private set; }

    /// <summary>The index of the last change anywhere.</summary>
    public ulong Index => _index;

    private DateTimeOffset Now => _seedClock ?? _time.GetUtcNow();

    /// <summary>Runs <paramref name="read"/> under the cluster's lock; also returns a task that completes at the next change.</summary>
    public (T Value, Task Changed) Read<T>(Func<NomadCluster, T> read)
    {
        lock (_gate)
        {
            return (read(this), _changed.Task);
        }
    }

    /// <summary>Runs <paramref name="write"/> under the lock as one operation (one index), then wakes blocked readers.</summary>
    public T Write<T>(Func<NomadCluster, T> write)
    {
        TaskCompletionSource? changed = null;
        T result;
        lock (_gate)
        {
            try
            {
                result = write(this);
            }
            finally
            {
                if (_operationIndex is { } index)
                {
                    RecordEvents(index);
                    _operationIndex = null;
                    changed = _changed;
                    _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }

        changed?.TrySetResult();
        return result;
    }

    /// <summary>Advances the simulation one step.</summary>
    public void Step() => Write(cluster =>
    {
        cluster.StepCore();
        return 0;
    });

    public NomadJob? FindJob(string ns, string id) => Jobs.Find(j => j.Id == id && j.Namespace == ns);

    /// <summary>Registers a job (a new version when its spec changed) and creates the evaluation that schedules it.</summary>
    public JsonObject Register(JsonObject spec)
    {
        NomadJobSpec.Canonicalize(spec);
        var id = (string)spec["ID"]!;
        var ns = (string)spec["Namespace"]!;
        var job = FindJob(ns, id);
        var index = OperationIndex();
        var warnings = string.Empty;
        if (job is null)
        {
            job = new NomadJob { Id = id, Namespace = ns, Spec = spec, CreateIndex = index };
            Jobs.Add(job);
            AddVersion(job, spec, 0);
        }
        else if (job.Stop || !JsonNode.DeepEquals(job.Spec, spec))
        {
            job.Stop = false;
            AddVersion(job, spec, job.Version + 1);
            foreach (var active in Deployments.Where(d => d.JobId == id && d.Namespace == ns && d.IsActive))
            {
                EndDeployment(active, "cancelled", "Cancelled due to newer version of job");
            }
        }
        else
        {
            warnings = "The job spec is unchanged; no new version was created.";
        }

        var eval = AddEvaluation(job, "job-register", "pending");
        return new JsonObject
        {
            ["EvalID"] = eval.Id,
            ["EvalCreateIndex"] = eval.CreateIndex,
            ["JobModifyIndex"] = job.JobModifyIndex,
            ["Warnings"] = warnings,
            ["Index"] = index,
            ["LastContact"] = 0,
            ["KnownLeader"] = true,
        };
    }

    /// <summary>Stops a job (and purges it when asked); its allocations stop at the next steps.</summary>
    public JsonObject Deregister(NomadJob job, bool purge)
    {
        job.Stop = true;
        TouchJob(job);
        foreach (var active in Deployments.Where(d => d.JobId == job.Id && d.Namespace == job.Namespace && d.IsActive))
        {
            EndDeployment(active, "cancelled", "Cancelled because job is stopped");
        }

        var eval = AddEvaluation(job, "job-deregister", "pending");
        if (purge)
        {
            Jobs.Remove(job);
        }

        return new JsonObject
        {
            ["EvalID"] = eval.Id,
            ["EvalCreateIndex"] = eval.CreateIndex,
            ["JobModifyIndex"] = OperationIndex(),
            ["Index"] = OperationIndex(),
        };
    }

    /// <summary>Promotes the canaries of all groups or the named ones; throws as Nomad answers when they are not ready.</summary>
    public JsonObject Promote(NomadDeployment deployment, bool all, IReadOnlyCollection<string> groups)
    {
        if (!deployment.IsActive)
        {
            throw new DemoHttpException(500, $"rpc error: can't promote terminal deployment with status \"{deployment.Status}\"");
        }

        var toPromote = deployment.Groups
            .Where(g => g.Value.NeedsPromotion && (all || groups.Contains(g.Key)))
            .ToList();
        if (toPromote.Count == 0)
        {
            throw new DemoHttpException(500, "rpc error: no canaries to promote");
        }

        foreach (var (name, group) in toPromote)
        {
            var healthy = DeploymentAllocs(deployment, name).Count(a => a.Canary && a.Healthy == true);
            if (healthy < group.DesiredCanaries)
            {
                throw new DemoHttpException(500, $"rpc error: Task group \"{name}\" has {healthy}/{group.DesiredCanaries} healthy allocations");
            }
        }

        foreach (var (name, group) in toPromote)
        {
            PromoteGroup(deployment, name, group);
        }

        deployment.StatusDescription = "Deployment is running";
        TouchDeployment(deployment);
        return UpdateResponse(deployment, AddEvaluation(FindJob(deployment.Namespace, deployment.JobId)!, "deployment-watcher", "complete", deployment.Id));
    }

    /// <summary>Marks a deployment failed by hand (rolling back when the group asks for it).</summary>
    public JsonObject Fail(NomadDeployment deployment)
    {
        if (!deployment.IsActive)
        {
            throw new DemoHttpException(500, $"rpc error: can't fail terminal deployment with status \"{deployment.Status}\"");
        }

        var reverted = FailDeployment(deployment, "Deployment marked as failed");
        var response = UpdateResponse(deployment, AddEvaluation(FindJob(deployment.Namespace, deployment.JobId)!, "deployment-watcher", "complete", deployment.Id));
        if (reverted is { } version)
        {
            response["RevertedJobVersion"] = version;
        }

        return response;
    }

    /// <summary>Pauses or resumes a deployment.</summary>
    public JsonObject Pause(NomadDeployment deployment, bool pause)
    {
        if (!deployment.IsActive)
        {
            throw new DemoHttpException(500, $"rpc error: can't pause terminal deployment with status \"{deployment.Status}\"");
        }

        deployment.Status = pause ? "paused" : "running";
        deployment.StatusDescription = pause ? "Deployment is paused" : "Deployment is running";
        TouchDeployment(deployment);
        return UpdateResponse(deployment, AddEvaluation(FindJob(deployment.Namespace, deployment.JobId)!, "deployment-watcher", "complete", deployment.Id));
    }

    public IEnumerable<NomadAllocation> DeploymentAllocs(NomadDeployment deployment, string? group = null) =>
        Allocations.Where(a => a.DeploymentId == deployment.Id && (group is null || a.TaskGroup == group));

    /// <summary>The counts per group and client status, as <c>GET /v1/job/:id/summary</c> answers.</summary>
    public JsonObject Summary(NomadJob job)
    {
        var groups = new JsonObject();
        foreach (var group in job.Groups)
        {
            var name = (string)group["Name"]!;
            var allocs = Allocations.Where(a => a.JobId == job.Id && a.Namespace == job.Namespace && a.TaskGroup == name).ToList();
            groups[name] = new JsonObject
            {
                ["Queued"] = 0,
                ["Complete"] = allocs.Count(a => a.ClientStatus == "complete"),
                ["Failed"] = allocs.Count(a => a.ClientStatus == "failed"),
                ["Running"] = allocs.Count(a => a.ClientStatus == "running"),
                ["Starting"] = allocs.Count(a => a.ClientStatus == "pending"),
                ["Lost"] = 0,
                ["Unknown"] = 0,
            };
        }

        var modified = Allocations.Where(a => a.JobId == job.Id && a.Namespace == job.Namespace).Select(a => a.ModifyIndex).DefaultIfEmpty(job.ModifyIndex).Max();
        return new JsonObject
        {
            ["JobID"] = job.Id,
            ["Namespace"] = job.Namespace,
            ["Summary"] = groups,
            ["Children"] = new JsonObject { ["Pending"] = 0, ["Running"] = 0, ["Dead"] = 0 },
            ["CreateIndex"] = job.CreateIndex,
            ["ModifyIndex"] = Math.Max(modified, job.ModifyIndex),
        };
    }

    private void StepCore()
    {
        foreach (var alloc in Allocations.Where(a => a.Phase is not (AllocPhase.Settled or AllocPhase.Failed or AllocPhase.Complete)).ToList())
        {
            Advance(alloc);
        }

        foreach (var eval in Evaluations.Where(e => e.Status == "pending").ToList())
        {
            Schedule(eval);
        }

        foreach (var deployment in Deployments.Where(d => d.Status == "running").ToList())
        {
            Progress(deployment);
        }

        foreach (var job in Jobs)
        {
            var allocs = Allocations.Where(a => a.JobId == job.Id && a.Namespace == job.Namespace).ToList();
            var status = allocs.Exists(a => !a.IsTerminal) ? "running" : allocs.Count > 0 || job.Stop ? "dead" : "pending";
            if (status != job.Status)
            {
                job.Status = status;
                TouchJob(job);
            }
        }
    }

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

    /// <summary>Completes an evaluation: starts a deployment for a changed service job, or places and stops allocations directly.</summary>
    private void Schedule(NomadEvaluation eval)
    {
        var job = FindJob(eval.Namespace, eval.JobId);
        eval.Status = "complete";
        TouchEval(eval);
        if (job is null || job.Stop)
        {
            foreach (var alloc in Allocations.Where(a => a.JobId == eval.JobId && a.Namespace == eval.Namespace && a.DesiredStatus == "run" && !a.IsTerminal))
            {
                StopAlloc(alloc, "alloc not needed due to job update");
            }

            return;
        }

        NomadDeployment? deployment = null;
        foreach (var group in job.Groups)
        {
            var name = (string)group["Name"]!;
            var count = (int?)group["Count"] ?? 1;
            var running = LiveAllocs(job, name).ToList();
            var old = running.Where(a => a.JobVersion != job.Version).ToList();
            var current = running.Count - old.Count;
            var plan = NomadJob.UpdateOf(job.Spec, group);
            if (job.Type == "service" && plan is not null && (old.Count > 0 || current < count))
            {
                deployment ??= CreateDeployment(job, eval);
                deployment.Groups[name] = new GroupRollout
                {
                    Plan = plan,
                    DesiredTotal = count,
                    DesiredCanaries = old.Count > 0 ? plan.Canary : 0,
                    WillFail = NomadJob.WillFail(group),
                    RequireProgressBy = Now + TimeSpan.FromTicks(plan.ProgressDeadlineNanos / 100),
                };
                continue;
            }

            // No deployment: stop what is outdated and place what is missing, all at once.
            foreach (var alloc in old)
            {
                StopAlloc(alloc, "alloc is being updated due to job update");
            }

            for (var slot = current; slot < count; slot++)
            {
                Place(job, group, slot, eval.Id, deployment: null, canary: false);
            }
        }

        if (deployment is not null)
        {
            Progress(deployment);
        }
    }

    private NomadDeployment CreateDeployment(NomadJob job, NomadEvaluation eval)
    {
        var deployment = new NomadDeployment
        {
            Id = NextId("deployment"),
            Namespace = job.Namespace,
            JobId = job.Id,
            JobVersion = job.Version,
            JobModifyIndex = job.JobModifyIndex,
            JobCreateIndex = job.CreateIndex,
            Priority = job.Priority,
            CreateIndex = OperationIndex(),
            CreateTime = Now,
        };
        Deployments.Add(deployment);
        eval.DeploymentId = deployment.Id;
        TouchDeployment(deployment);
        return deployment;
    }

    /// <summary>Moves a running deployment on by what its allocations allow this step.</summary>
    private void Progress(NomadDeployment deployment)
    {
        var before = deployment.ToJson().ToJsonString();
        var job = FindJob(deployment.Namespace, deployment.JobId)!;
        foreach (var (name, group) in deployment.Groups)
        {
            var allocs = DeploymentAllocs(deployment, name).Where(a => a.DesiredStatus == "run").ToList();
            group.PlacedAllocs = allocs.Count;
            group.HealthyAllocs = allocs.Count(a => a.Healthy == true);
            group.UnhealthyAllocs = allocs.Count(a => a.Healthy == false);
        }

        if (deployment.Groups.Values.Any(g => g.UnhealthyAllocs > 0))
        {
            FailDeployment(deployment, "Failed due to unhealthy allocations");
            return;
        }

        var description = "Deployment is running";
        var done = true;
        foreach (var (name, group) in deployment.Groups)
        {
            var spec = job.Groups.First(g => (string?)g["Name"] == name);
            var allocs = DeploymentAllocs(deployment, name).Where(a => a.DesiredStatus == "run").ToList();
            if (group.NeedsPromotion)
            {
                done = false;
                var canaries = allocs.Where(a => a.Canary).ToList();
                if (canaries.Count < group.DesiredCanaries)
                {
                    for (var slot = canaries.Count; slot < group.DesiredCanaries; slot++)
                    {
                        group.PlacedCanaries.Add(Place(job, spec, slot, LastEval(deployment), deployment, canary: true).Id);
                    }
                }
                else if (canaries.TrueForAll(a => a.Healthy == true))
                {
                    if (group.Plan.AutoPromote)
                    {
                        PromoteGroup(deployment, name, group);
                    }
                    else
                    {
                        description = "Deployment is running but requires manual promotion";
                    }
                }

                continue;
            }

            var inFlight = allocs.Count(a => a.Healthy is null);
            var missing = group.DesiredTotal - allocs.Count;
            var batch = Math.Min(missing, group.Plan.MaxParallel - inFlight);
            if (batch > 0)
            {
                var old = LiveAllocs(job, name).Where(a => a.JobVersion != deployment.JobVersion).ToList();
                foreach (var alloc in old.Take(batch))
                {
                    StopAlloc(alloc, "alloc is being updated due to job update");
                }

                var evalId = group.PlacedAllocs > 0 ? AddEvaluation(job, "deployment-watcher", "complete", deployment.Id).Id : LastEval(deployment);
                for (var i = 0; i < batch; i++)
                {
                    Place(job, spec, allocs.Count + i, evalId, deployment, canary: false);
                }
            }

            if (missing > 0 || group.HealthyAllocs < group.DesiredTotal)
            {
                done = false;
            }
        }

        if (done)
        {
            EndDeployment(deployment, "successful", "Deployment completed successfully");
            foreach (var alloc in Allocations.Where(a => a.JobId == job.Id && a.Namespace == job.Namespace && a.DesiredStatus == "run" && a.JobVersion != deployment.JobVersion && !a.IsTerminal))
            {
                StopAlloc(alloc, "alloc not needed due to job update");
            }

            var version = job.Versions.Find(v => v.Version == deployment.JobVersion);
            if (version is not null && !version.Stable)
            {
                version.Stable = true;
                job.Stable = job.Version == deployment.JobVersion;
                TouchJob(job);
            }

            return;
        }

        foreach (var (name, group) in deployment.Groups)
        {
            var allocs = DeploymentAllocs(deployment, name).Where(a => a.DesiredStatus == "run").ToList();
            group.PlacedAllocs = allocs.Count;
        }

        deployment.StatusDescription = description;
        if (deployment.ToJson().ToJsonString() != before)
        {
            TouchDeployment(deployment);
        }
    }

    private void PromoteGroup(NomadDeployment deployment, string name, GroupRollout group)
    {
        group.Promoted = true;
        var job = FindJob(deployment.Namespace, deployment.JobId)!;
        foreach (var alloc in LiveAllocs(job, name).Where(a => a.JobVersion != deployment.JobVersion).Take(group.DesiredCanaries))
        {
            StopAlloc(alloc, "alloc is being updated due to job update");
        }

        TouchDeployment(deployment);
    }

    /// <summary>Fails a deployment; with auto_revert, registers the last stable version again. Returns the version reverted to.</summary>
    private ulong? FailDeployment(NomadDeployment deployment, string reason)
    {
        var job = FindJob(deployment.Namespace, deployment.JobId)!;
        var stable = job.Versions.LastOrDefault(v => v.Stable && v.Version != deployment.JobVersion);
        if (deployment.Groups.Values.Any(g => g.Plan.AutoRevert) && stable is not null && job.Version == deployment.JobVersion)
        {
            EndDeployment(deployment, "failed", $"{reason} - rolling back to job version {stable.Version}");
            Register(stable.Spec.DeepClone().AsObject());
            return stable.Version;
        }

        EndDeployment(deployment, "failed", reason);
        return null;
    }

    private void EndDeployment(NomadDeployment deployment, string status, string description)
    {
        deployment.Status = status;
        deployment.StatusDescription = description;
        TouchDeployment(deployment);
    }

    private NomadAllocation Place(NomadJob job, JsonObject group, int slot, string evalId, NomadDeployment? deployment, bool canary)
    {
        var node = Nodes[_nodeCursor++ % Nodes.Length];
        var groupName = (string)group["Name"]!;
        var alloc = new NomadAllocation
        {
            Id = NextId("alloc"),
            EvalId = evalId,
            Name = $"{job.Id}.{groupName}[{slot}]",
            Namespace = job.Namespace,
            NodeId = node.Id,
            NodeName = node.Name,
            JobId = job.Id,
            JobType = job.Type,
            JobVersion = job.Version,
            TaskGroup = groupName,
            DeploymentId = deployment?.Id,
            Canary = canary,
            WillFail = NomadJob.WillFail(group),
            CreateIndex = OperationIndex(),
            CreateTime = Now,
        };
        foreach (var task in NomadJob.TaskNames(group))
        {
            var life = new TaskLife();
            life.AddEvent(Now, "Received", "Task received by client");
            alloc.Tasks[task] = life;
        }

        Allocations.Add(alloc);
        TouchAlloc(alloc);
        return alloc;
    }

    private void StopAlloc(NomadAllocation alloc, string reason)
    {
        alloc.DesiredStatus = "stop";
        alloc.DesiredDescription = reason;
        if (!alloc.IsTerminal)
        {
            alloc.Phase = alloc.Phase == AllocPhase.Placed ? AllocPhase.Placed : AllocPhase.Stopping;
        }

        TouchAlloc(alloc);
    }

    private IEnumerable<NomadAllocation> LiveAllocs(NomadJob job, string group) =>
        Allocations.Where(a => a.JobId == job.Id && a.Namespace == job.Namespace && a.TaskGroup == group && a.DesiredStatus == "run" && !a.IsTerminal);

    private string LastEval(NomadDeployment deployment) =>
        Evaluations.FindLast(e => e.DeploymentId == deployment.Id)?.Id ?? Evaluations[^1].Id;

    private void AddVersion(NomadJob job, JsonObject spec, ulong version)
    {
        var index = OperationIndex();
        job.Spec = spec;
        job.Version = version;
        job.Stable = false;
        job.JobModifyIndex = index;
        job.SubmitTime = NomadFormat.UnixNanos(Now);
        job.Versions.Add(new NomadJobVersion { Version = version, Spec = spec, SubmitTime = job.SubmitTime, JobModifyIndex = index });
        TouchJob(job);
    }

    private NomadEvaluation AddEvaluation(NomadJob job, string triggeredBy, string status, string? deploymentId = null)
    {
        var eval = new NomadEvaluation
        {
            Id = NextId("eval"),
            Namespace = job.Namespace,
            JobId = job.Id,
            Type = job.Type,
            Priority = job.Priority,
            TriggeredBy = triggeredBy,
            JobModifyIndex = job.JobModifyIndex,
            Status = status,
            DeploymentId = deploymentId,
            CreateIndex = OperationIndex(),
            CreateTime = Now,
        };
        Evaluations.Add(eval);
        TouchEval(eval);
        return eval;
    }

    private JsonObject UpdateResponse(NomadDeployment deployment, NomadEvaluation eval) => new()
    {
        ["EvalID"] = eval.Id,
        ["EvalCreateIndex"] = eval.CreateIndex,
        ["DeploymentModifyIndex"] = deployment.ModifyIndex,
        ["Index"] = OperationIndex(),
        ["LastContact"] = 0,
        ["KnownLeader"] = true,
    };

    private string NextId(string kind) => NomadFormat.Uuid($"{kind}-{++_sequence}");

    /// <summary>The index of the current operation: every change made by one call or one step shares it.</summary>
    private ulong OperationIndex() => _operationIndex ??= ++_index;

    private void TouchJob(NomadJob job)
    {
        job.ModifyIndex = JobsIndex = OperationIndex();
    }

    private void TouchEval(NomadEvaluation eval)
    {
        eval.ModifyIndex = EvaluationsIndex = OperationIndex();
        eval.ModifyTime = Now;
    }

    private void TouchDeployment(NomadDeployment deployment)
    {
        deployment.ModifyIndex = DeploymentsIndex = OperationIndex();
        deployment.ModifyTime = Now;
    }

    private void TouchAlloc(NomadAllocation alloc)
    {
        alloc.ModifyIndex = AllocationsIndex = OperationIndex();
        alloc.ModifyTime = Now;
    }
}
