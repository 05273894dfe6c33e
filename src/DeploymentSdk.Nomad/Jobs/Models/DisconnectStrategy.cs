namespace DeploymentSdk.Nomad;

/// <summary>What client and servers do when a node loses contact with the servers.</summary>
public sealed class DisconnectStrategy : ApiModel
{
    /// <summary>How long the servers treat an unresponsive node's allocations as unknown before marking them lost.</summary>
    public TimeSpan? LostAfter { get; set; }

    /// <summary>How long a disconnected client keeps its allocations running.</summary>
    public TimeSpan? StopOnClientAfter { get; set; }

    /// <summary>Whether the allocations of a disconnected node are replaced.</summary>
    public bool? Replace { get; set; }

    /// <summary>Which allocation is kept when the node reconnects: best_score, keep_original, keep_replacement or longest_running.</summary>
    public string? Reconcile { get; set; }
}
