namespace DeploymentSdk.Nomad;

/// <summary>When a set of allocations counts as "all running and healthy".</summary>
internal static class AllocationHealth
{
    /// <summary>
    /// The allocations that should run, when there are at least <paramref name="expected"/> of them and every one is
    /// running, of <paramref name="version"/> (when given) and healthy; otherwise null.
    /// </summary>
    /// <remarks>
    /// With <paramref name="requireHealth"/> (service jobs, deployments) each needs a healthy deployment status; otherwise
    /// running is enough, unless Nomad marked the allocation unhealthy.
    /// </remarks>
    public static IReadOnlyList<AllocationListStub>? AllRunningAndHealthy(
        IReadOnlyList<AllocationListStub> allocations,
        int expected,
        bool requireHealth,
        ulong? version)
    {
        var live = allocations.Where(a => a.DesiredStatus == AllocationDesiredStatus.Run).ToList();
        if (live.Count == 0 || live.Count < expected)
        {
            return null;
        }

        foreach (var allocation in live)
        {
            var healthy = allocation.DeploymentStatus?.Healthy;
            if (allocation.ClientStatus != AllocationClientStatus.Running
                || (version is not null && allocation.JobVersion != version)
                || healthy == false
                || (requireHealth && healthy != true))
            {
                return null;
            }
        }

        return live;
    }
}
