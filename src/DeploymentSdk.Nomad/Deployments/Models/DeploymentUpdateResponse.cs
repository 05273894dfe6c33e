using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The result of a change to a deployment (fail, pause, promote, allocation health, unblock).</summary>
public sealed class DeploymentUpdateResponse : ApiModel
{
    /// <summary>The ID of the evaluation the change created, if any.</summary>
    [JsonPropertyName("EvalID")]
    public string? EvalId { get; set; }

    /// <summary>The Raft index at which that evaluation was created.</summary>
    public ulong? EvalCreateIndex { get; set; }

    /// <summary>The Raft index at which the deployment was changed.</summary>
    public ulong? DeploymentModifyIndex { get; set; }

    /// <summary>The job version the job was rolled back to, when the change reverted the job; otherwise <see langword="null"/>.</summary>
    public ulong? RevertedJobVersion { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
