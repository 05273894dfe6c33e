using System.Globalization;
using System.Text;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Why a deployment or evaluation failed, from what Nomad knows: the failed and unhealthy allocations with their decisive
/// task events, failing checks and (opt-in) log tails, and the scheduler's reasons for allocations it could not place.
/// <see cref="Describe"/> writes it out for people.
/// </summary>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
public sealed class NomadDeploymentDiagnosis
{
    /// <summary>The deployment explained, when there was one.</summary>
    public string? DeploymentId { get; init; }

    /// <summary>The evaluation explained, when there was one.</summary>
    public string? EvaluationId { get; init; }

    /// <summary>How following ended, when the diagnosis comes from a follower.</summary>
    public NomadDeploymentOutcome? Outcome { get; init; }

    /// <summary>Nomad's words for the end state (the deployment's, else the evaluation's status description).</summary>
    public string? StatusDescription { get; init; }

    /// <summary>The failed or unhealthy allocations, the most recent first.</summary>
    public IReadOnlyList<NomadAllocationDiagnosis> Allocations { get; init; } = [];

    /// <summary>The task groups the scheduler could not place, and why.</summary>
    public IReadOnlyList<NomadPlacementFailure> PlacementFailures { get; init; } = [];

    /// <summary>What could not be read while diagnosing (each with its reason); the rest of the diagnosis stands.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>A readable multi-line explanation: the outcome, each failing allocation, task, event, check and log tail, and placement failures.</summary>
    /// <returns>The explanation, lines separated by <c>\n</c>.</returns>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Outcome?.ToString() ?? "Diagnosis");
        if (DeploymentId is not null)
        {
            text.Append(" deployment ").Append(DeploymentId);
        }
        else if (EvaluationId is not null)
        {
            text.Append(" evaluation ").Append(EvaluationId);
        }

        if (!string.IsNullOrEmpty(StatusDescription))
        {
            text.Append(": ").Append(StatusDescription);
        }

        text.Append('\n');
        foreach (var failure in PlacementFailures)
        {
            text.Append("  ").Append(failure.Describe()).Append('\n');
        }

        foreach (var alloc in Allocations)
        {
            text.Append(CultureInfo.InvariantCulture, $"  Allocation {alloc.Name ?? alloc.AllocationId} ({Short(alloc.AllocationId)}) group {alloc.TaskGroup} on node {alloc.NodeName ?? alloc.NodeId}: {alloc.ClientStatus}");
            if (alloc.Healthy == false)
            {
                text.Append(", unhealthy");
            }

            if (!string.IsNullOrEmpty(alloc.ClientDescription))
            {
                text.Append(" (").Append(alloc.ClientDescription).Append(')');
            }

            text.Append('\n');
            foreach (var task in alloc.Tasks)
            {
                DescribeTask(text, task);
            }

            foreach (var check in alloc.FailingChecks)
            {
                text.Append(CultureInfo.InvariantCulture, $"    Check \"{check.Check}\" ({check.Service}) {check.Status}");
                if (!string.IsNullOrWhiteSpace(check.Output))
                {
                    text.Append(": ").Append(check.Output.Trim());
                }

                text.Append('\n');
            }

            if (alloc.ChecksError is not null)
            {
                text.Append("    Checks not readable: ").Append(alloc.ChecksError).Append('\n');
            }
        }

        foreach (var problem in Problems)
        {
            text.Append("  Not readable: ").Append(problem).Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc cref="Describe"/>
    public override string ToString() => Describe();

    private static void DescribeTask(StringBuilder text, NomadTaskDiagnosis task)
    {
        text.Append(CultureInfo.InvariantCulture, $"    Task \"{task.Task}\" {task.State}{(task.Failed ? ", failed" : string.Empty)}");
        if (task.ExitCode is { } code)
        {
            text.Append(CultureInfo.InvariantCulture, $", exit code {code}");
        }

        if (task.Signal is > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", signal {task.Signal}");
        }

        if (task.OomKilled)
        {
            text.Append(", OOM killed");
        }

        if (task.Restarts > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {task.Restarts} restarts");
        }

        if (task.RestartsExceeded)
        {
            text.Append(", restarts exceeded");
        }

        text.Append('\n');
        if (task.DriverError is not null)
        {
            text.Append("      Driver error: ").Append(task.DriverError).Append('\n');
        }

        foreach (var e in task.Events)
        {
            text.Append("      ").Append(e.Time?.ToString("u", CultureInfo.InvariantCulture)).Append(' ').Append(e.Type?.Value).Append(": ")
                .Append(e.DisplayMessage ?? e.Message).Append('\n');
        }

        Tail(text, "stderr", task.StderrTail);
        Tail(text, "stdout", task.StdoutTail);
        if (task.LogsError is not null)
        {
            text.Append("      Logs not readable: ").Append(task.LogsError).Append('\n');
        }
    }

    private static void Tail(StringBuilder text, string name, IReadOnlyList<string>? lines)
    {
        if (lines is null)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"      Last {lines.Count} lines of {name}:\n");
        foreach (var line in lines)
        {
            text.Append("        | ").Append(line).Append('\n');
        }
    }

    private static string Short(string id) => id.Length > 8 ? id[..8] : id;
}
