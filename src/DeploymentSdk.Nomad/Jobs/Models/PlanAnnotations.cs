namespace DeploymentSdk.Nomad;

/// <summary>What the scheduler would do, per task group.</summary>
public sealed class PlanAnnotations : ApiModel
{
    /// <summary>The planned changes by task group name.</summary>
    public IDictionary<string, DesiredUpdates>? DesiredTGUpdates { get; set; }

    /// <summary>Allocations of other jobs the plan would preempt.</summary>
    public IList<AllocationListStub>? PreemptedAllocs { get; set; }
}
