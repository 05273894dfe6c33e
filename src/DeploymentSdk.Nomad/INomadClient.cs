namespace DeploymentSdk.Nomad;

/// <summary>One Nomad cluster: its jobs, deployments, allocations and evaluations.</summary>
public interface INomadClient
{
    /// <summary>Jobs: register, read, plan, dispatch, revert, scale, deregister and their sub-resources.</summary>
    INomadJobsClient Jobs { get; }

    /// <summary>Deployments: list, read, their allocations, promote, fail, pause/resume, set allocation health and unblock.</summary>
    INomadDeploymentsClient Deployments { get; }

    /// <summary>Allocations: list, read, stop, signal, restart, services, checks and task pause.</summary>
    INomadAllocationsClient Allocations { get; }

    /// <summary>Evaluations: list, read, their allocations, count and delete; the link from a job change to its deployment.</summary>
    INomadEvaluationsClient Evaluations { get; }

    /// <summary>The event stream: changes to jobs, deployments, allocations and evaluations as they happen, and a follower for many objects at once.</summary>
    INomadEventsClient Events { get; }

    /// <summary>Status: the region's Raft leader and peers, readable without a token.</summary>
    INomadStatusClient Status { get; }

    /// <summary>Allocation files and task logs: listings, stat, reading, and logs followed as they are written.</summary>
    INomadAllocationFilesClient AllocationFiles { get; }
}
