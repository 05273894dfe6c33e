namespace DeploymentSdk.Nomad;

/// <summary>Counts of the child jobs of a periodic or parameterized job, by status.</summary>
public sealed class JobChildrenSummary : ApiModel
{
    /// <summary>Child jobs that are pending.</summary>
    public long? Pending { get; set; }

    /// <summary>Child jobs that are running.</summary>
    public long? Running { get; set; }

    /// <summary>Child jobs that are dead.</summary>
    public long? Dead { get; set; }
}
