namespace DeploymentSdk.Nomad;

/// <summary>One Nomad cluster: its jobs, deployments, allocations and evaluations.</summary>
public interface INomadClient
{
    /// <summary>Jobs: register, read, plan, dispatch, revert, scale, deregister and their sub-resources.</summary>
    INomadJobsClient Jobs { get; }

    /// <summary>Deployments: list, read, promote, fail, pause and set allocation health.</summary>
    INomadDeploymentsClient Deployments { get; }

    /// <summary>Allocations: list, read, stop, signal and restart.</summary>
    INomadAllocationsClient Allocations { get; }

    /// <summary>Evaluations: list, read and their allocations; the link from a job change to its deployment.</summary>
    INomadEvaluationsClient Evaluations { get; }
}
