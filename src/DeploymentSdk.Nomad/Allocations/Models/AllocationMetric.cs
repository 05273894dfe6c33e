using System.Text.Json;

namespace DeploymentSdk.Nomad;

/// <summary>How the scheduler placed an allocation, or why it could not (in <c>Evaluation.FailedTGAllocs</c>).</summary>
public sealed class AllocationMetric : ApiModel
{
    /// <summary>How many nodes were evaluated.</summary>
    public int? NodesEvaluated { get; set; }

    /// <summary>How many nodes were filtered out by constraints.</summary>
    public int? NodesFiltered { get; set; }

    /// <summary>How many nodes are in the job's node pool.</summary>
    public int? NodesInPool { get; set; }

    /// <summary>The node pool the job uses.</summary>
    public string? NodePool { get; set; }

    /// <summary>How many nodes were available, by datacenter.</summary>
    public IDictionary<string, int>? NodesAvailable { get; set; }

    /// <summary>How many nodes were filtered out, by node class.</summary>
    public IDictionary<string, int>? ClassFiltered { get; set; }

    /// <summary>How many nodes were filtered out, by constraint.</summary>
    public IDictionary<string, int>? ConstraintFiltered { get; set; }

    /// <summary>How many nodes lacked at least one resource.</summary>
    public int? NodesExhausted { get; set; }

    /// <summary>How many nodes lacked resources, by node class.</summary>
    public IDictionary<string, int>? ClassExhausted { get; set; }

    /// <summary>How many nodes lacked resources, by resource dimension (for example <c>memory</c>).</summary>
    public IDictionary<string, int>? DimensionExhausted { get; set; }

    /// <summary>The quota dimensions that were exhausted (Nomad Enterprise).</summary>
    public IList<string>? QuotaExhausted { get; set; }

    /// <summary>The resources that were exhausted, by task, in the job's resource shape.</summary>
    public IDictionary<string, Resources>? ResourcesExhausted { get; set; }

    /// <summary>Deprecated (Nomad 0.9): the final scores by <c>node-id.scorer</c>; use <see cref="ScoreMetaData"/>.</summary>
    public IDictionary<string, double>? Scores { get; set; }

    /// <summary>The scores of the top-scoring nodes.</summary>
    public IList<NodeScoreMeta>? ScoreMetaData { get; set; }

    /// <summary>How long the placement took.</summary>
    public TimeSpan? AllocationTime { get; set; }

    /// <summary>How many other failed placements were folded into this one.</summary>
    public int? CoalescedFailures { get; set; }
}
