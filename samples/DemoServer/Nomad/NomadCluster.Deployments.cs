using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>Deployments: promotion, failing and pausing by hand, and the rollout a step moves on (canaries, promotion, replacing the rest, success or failure and auto-revert).</summary>
internal sealed partial class NomadCluster
{
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

    private JsonObject UpdateResponse(NomadDeployment deployment, NomadEvaluation eval) => new()
    {
        ["EvalID"] = eval.Id,
        ["EvalCreateIndex"] = eval.CreateIndex,
        ["DeploymentModifyIndex"] = deployment.ModifyIndex,
        ["Index"] = OperationIndex(),
        ["LastContact"] = 0,
        ["KnownLeader"] = true,
    };

    private string LastEval(NomadDeployment deployment) =>
        Evaluations.FindLast(e => e.DeploymentId == deployment.Id)?.Id ?? Evaluations[^1].Id;
}
