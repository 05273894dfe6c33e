namespace DeploymentSdk.Nomad;

/// <summary>A failed or unhealthy allocation: where it ran, its status, its failing tasks and failing checks.</summary>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
public sealed class NomadAllocationDiagnosis
{
    /// <summary>The allocation's ID.</summary>
    public required string AllocationId { get; init; }

    /// <summary>The allocation's name, for example <c>web.api[0]</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The task group.</summary>
    public string? TaskGroup { get; init; }

    /// <summary>The node's ID.</summary>
    public string? NodeId { get; init; }

    /// <summary>The node's name.</summary>
    public string? NodeName { get; init; }

    /// <summary>The client status: failed, lost, running…</summary>
    public AllocationClientStatus? ClientStatus { get; init; }

    /// <summary>The client's description of the status.</summary>
    public string? ClientDescription { get; init; }

    /// <summary>The deployment's verdict on the allocation: <see langword="false"/> unhealthy, <see langword="null"/> not decided.</summary>
    public bool? Healthy { get; init; }

    /// <summary>The tasks that failed, exited, or were killed; every task when none did.</summary>
    public IReadOnlyList<NomadTaskDiagnosis> Tasks { get; init; } = [];

    /// <summary>The Nomad service checks that are not passing, with their output.</summary>
    public IReadOnlyList<AllocCheckStatus> FailingChecks { get; init; } = [];

    /// <summary>Why the checks could not be read; <see langword="null"/> when they were.</summary>
    public string? ChecksError { get; init; }
}
