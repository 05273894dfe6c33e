namespace DeploymentSdk.Nomad;

/// <summary>The status of an allocation within its deployment.</summary>
public sealed class AllocDeploymentStatus : ApiModel
{
    /// <summary><see langword="true"/> when the allocation was marked healthy, <see langword="false"/> when marked unhealthy, <see langword="null"/> while its health is not known yet.</summary>
    public bool? Healthy { get; set; }

    /// <summary>When the health was set. Offset kept as sent.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>Whether the allocation is a canary; a promoted canary reads <see langword="false"/>.</summary>
    public bool? Canary { get; set; }

    /// <summary>The Raft index at which the deployment status last changed.</summary>
    public ulong? ModifyIndex { get; set; }
}
