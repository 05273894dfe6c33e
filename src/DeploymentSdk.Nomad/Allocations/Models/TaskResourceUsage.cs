using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>One task's resource usage.</summary>
public sealed class TaskResourceUsage : ApiModel
{
    /// <summary>The task's usage.</summary>
    public ResourceUsage? ResourceUsage { get; set; }

    /// <summary>When the usage was measured.</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The usage of each process of the task, by process ID, when the driver reports it.</summary>
    public IDictionary<string, ResourceUsage>? Pids { get; set; }
}
