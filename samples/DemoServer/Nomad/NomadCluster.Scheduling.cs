using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>The scheduler: an evaluation places and stops allocations, and records itself.</summary>
internal sealed partial class NomadCluster
{
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
}
