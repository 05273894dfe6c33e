using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>An allocation's resource usage as its client measures it (<c>GET /v1/client/allocation/:id/stats</c>).</summary>
public sealed class AllocResourceUsage : ApiModel
{
    /// <summary>The allocation's usage: the sum over its tasks.</summary>
    public ResourceUsage? ResourceUsage { get; set; }

    /// <summary>The usage of each task, by task name.</summary>
    public IDictionary<string, TaskResourceUsage>? Tasks { get; set; }

    /// <summary>When the usage was measured.</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? Timestamp { get; set; }
}
