using System.Globalization;
using System.Text;

namespace DeploymentSdk.Nomad;

/// <summary>Why the scheduler could not place a task group's allocations (an evaluation's <c>FailedTGAllocs</c>).</summary>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
public sealed class NomadPlacementFailure
{
    /// <summary>The task group.</summary>
    public required string TaskGroup { get; init; }

    /// <summary>The scheduler's metrics as Nomad reported them.</summary>
    public required AllocationMetric Metric { get; init; }

    /// <summary>One readable sentence, as <c>nomad job status</c> words it.</summary>
    /// <returns>For example <c>Task group "web" could not be placed: 3 nodes evaluated; 2 filtered by constraint ${attr.kernel.name} = windows; 1 exhausted on memory</c>.</returns>
    public string Describe()
    {
        var m = Metric;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Task group \"{TaskGroup}\" could not be placed");
        if (m.CoalescedFailures is > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({m.CoalescedFailures + 1} allocations)");
        }

        text.Append(CultureInfo.InvariantCulture, $": {m.NodesEvaluated ?? 0} nodes evaluated");
        if (m.NodesEvaluated is 0 or null)
        {
            text.Append(" (no node is eligible in the datacenters and node pool)");
        }

        Counts(text, "filtered by class", m.ClassFiltered);
        Counts(text, "filtered by constraint", m.ConstraintFiltered);
        if (m.NodesExhausted is > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {m.NodesExhausted} exhausted");
        }

        Counts(text, "exhausted on", m.DimensionExhausted);
        Counts(text, "exhausted in class", m.ClassExhausted);
        if (m.QuotaExhausted is { Count: > 0 } quota)
        {
            text.Append("; quota exhausted: ").AppendJoin(", ", quota);
        }

        return text.ToString();
    }

    /// <inheritdoc cref="Describe"/>
    public override string ToString() => Describe();

    private static void Counts(StringBuilder text, string what, IDictionary<string, int>? counts)
    {
        foreach (var (reason, count) in counts ?? new Dictionary<string, int>())
        {
            text.Append(CultureInfo.InvariantCulture, $"; {count} {what} {reason}");
        }
    }
}
