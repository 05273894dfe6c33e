namespace DeploymentSdk.Nomad;

/// <summary>The result of marking a job version stable or unstable.</summary>
public sealed class JobStabilityResponse : ApiModel
{
    /// <summary>The job modify index after the change (returned by older servers).</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
