using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>Jobs: registering a version, stopping, and the summary of a job's allocations.</summary>
internal sealed partial class NomadCluster
{
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
}
