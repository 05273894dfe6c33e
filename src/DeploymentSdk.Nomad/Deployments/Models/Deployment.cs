using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A deployment: Nomad's record of moving a job's task groups to a new job version, with canaries, health and progress per group.</summary>
public sealed class Deployment : ApiModel
{
    /// <summary>The deployment's UUID.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The namespace of the job the deployment belongs to.</summary>
    public string? Namespace { get; set; }

    /// <summary>The ID of the job being deployed.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The job version the deployment rolls out.</summary>
    public ulong? JobVersion { get; set; }

    /// <summary>The job's <c>ModifyIndex</c> when the deployment was created.</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>The job's <c>JobModifyIndex</c> (last change of its specification) when the deployment was created.</summary>
    public ulong? JobSpecModifyIndex { get; set; }

    /// <summary>The job's <c>CreateIndex</c>, so a stopped and re-run job does not show deployments of its earlier incarnation.</summary>
    public ulong? JobCreateIndex { get; set; }

    /// <summary>Whether the deployment is part of a multiregion deployment.</summary>
    public bool? IsMultiregion { get; set; }

    /// <summary>The state of the deployment for each task group it updates, by group name.</summary>
    public IDictionary<string, DeploymentState>? TaskGroups { get; set; }

    /// <summary>The status of the deployment.</summary>
    public DeploymentStatus? Status { get; set; }

    /// <summary>A human-readable explanation of <see cref="Status"/> (for example, "Deployment is running but requires manual promotion").</summary>
    public string? StatusDescription { get; set; }

    /// <summary>The priority of the evaluation that created the deployment; evaluations the deployment creates inherit it.</summary>
    public int? EvalPriority { get; set; }

    /// <summary>The Raft index at which the deployment was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index at which the deployment was last changed.</summary>
    public ulong? ModifyIndex { get; set; }

    /// <summary>When the deployment was created (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When the deployment was last changed (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? ModifyTime { get; set; }
}
