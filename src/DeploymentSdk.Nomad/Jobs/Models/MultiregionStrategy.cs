namespace DeploymentSdk.Nomad;

/// <summary>The rollout strategy across regions.</summary>
public sealed class MultiregionStrategy : ApiModel
{
    /// <summary>How many regions are deployed at the same time (0 means all).</summary>
    public int? MaxParallel { get; set; }

    /// <summary>What happens when a region fails: fail_all, fail_local or empty.</summary>
    public string? OnFailure { get; set; }
}
