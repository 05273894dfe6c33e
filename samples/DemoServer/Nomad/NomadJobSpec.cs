using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>Fills in a registered job's defaults the way Nomad's <c>Canonicalize</c> does, for the fields the demo uses.</summary>
internal static class NomadJobSpec
{
    private const long Second = 1_000_000_000;

    private static readonly string[] ServerFields =
        ["Status", "StatusDescription", "Stable", "Version", "SubmitTime", "CreateIndex", "ModifyIndex", "JobModifyIndex", "Stop"];

    public static void Canonicalize(JsonObject job)
    {
        if (job["ID"] is not JsonValue id || string.IsNullOrWhiteSpace((string?)id))
        {
            throw new DemoHttpException(400, "Job ID does not exist");
        }

        foreach (var field in ServerFields)
        {
            job.Remove(field);
        }

        job["Name"] ??= (string?)job["ID"];
        job["Namespace"] ??= "default";
        job["Region"] ??= "global";
        job["Type"] ??= "service";
        job["Priority"] ??= 50;
        job["Datacenters"] ??= new JsonArray("*");
        job["AllAtOnce"] ??= false;
        if (job["TaskGroups"] is not JsonArray { Count: > 0 } groups)
        {
            throw new DemoHttpException(400, "1 error occurred:\n\t* Missing job task groups\n\n");
        }

        if (job["Update"] is JsonObject jobUpdate)
        {
            FillUpdate(jobUpdate);
        }

        foreach (var group in groups.OfType<JsonObject>())
        {
            if (group["Name"] is null)
            {
                throw new DemoHttpException(400, "1 error occurred:\n\t* Task group is missing a name\n\n");
            }

            group["Count"] ??= 1;
            if (job["Update"] is JsonObject update)
            {
                var merged = update.DeepClone().AsObject();
                if (group["Update"] is JsonObject own)
                {
                    foreach (var (key, value) in own)
                    {
                        merged[key] = value?.DeepClone();
                    }
                }

                group["Update"] = merged;
            }
            else if (group["Update"] is JsonObject own)
            {
                FillUpdate(own);
            }

            if (group["Tasks"] is not JsonArray { Count: > 0 } tasks)
            {
                throw new DemoHttpException(400, $"1 error occurred:\n\t* Task group {(string?)group["Name"]} has no tasks\n\n");
            }

            foreach (var task in tasks.OfType<JsonObject>())
            {
                task["Driver"] ??= "docker";
                task["Resources"] ??= new JsonObject { ["CPU"] = 100, ["MemoryMB"] = 300 };
            }
        }
    }

    private static void FillUpdate(JsonObject update)
    {
        update["Stagger"] ??= 30 * Second;
        update["MaxParallel"] ??= 1;
        update["HealthCheck"] ??= "checks";
        update["MinHealthyTime"] ??= 10 * Second;
        update["HealthyDeadline"] ??= 300 * Second;
        update["ProgressDeadline"] ??= 600 * Second;
        update["AutoRevert"] ??= false;
        update["AutoPromote"] ??= false;
        update["Canary"] ??= 0;
    }
}
