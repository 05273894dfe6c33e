using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A scaling policy of a task group (horizontal) or task (vertical, Enterprise).</summary>
public sealed class ScalingPolicy : ApiModel
{
    /// <summary>The minimum count.</summary>
    public long? Min { get; set; }

    /// <summary>The maximum count.</summary>
    public long? Max { get; set; }

    /// <summary>The autoscaler policy document; opaque to Nomad.</summary>
    public IDictionary<string, JsonElement>? Policy { get; set; }

    /// <summary>Whether the policy is enabled.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The policy type: horizontal, or vertical_cpu / vertical_mem (Enterprise).</summary>
    public string? Type { get; set; }

    /// <summary>The policy ID (set by the server).</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The namespace of the policy (set by the server).</summary>
    public string? Namespace { get; set; }

    /// <summary>The target of the policy: Namespace, Job and Group (set by the server).</summary>
    public IDictionary<string, string>? Target { get; set; }

    /// <summary>The Raft index at which the policy was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index of the last change to the policy.</summary>
    public ulong? ModifyIndex { get; set; }
}
