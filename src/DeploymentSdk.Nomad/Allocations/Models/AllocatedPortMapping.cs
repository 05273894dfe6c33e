using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A port of a task group as mapped on the host.</summary>
public sealed class AllocatedPortMapping : ApiModel
{
    /// <summary>The port's label in the job (<c>port "http"</c>).</summary>
    public string? Label { get; set; }

    /// <summary>The port on the host.</summary>
    public int? Value { get; set; }

    /// <summary>The port inside the allocation's network namespace; 0 when it equals <see cref="Value"/>.</summary>
    public int? To { get; set; }

    /// <summary>The host IP the port is bound on.</summary>
    [JsonPropertyName("HostIP")]
    public string? HostIp { get; set; }

    /// <summary>Whether the port may collide with other allocations' static ports.</summary>
    public bool? IgnoreCollision { get; set; }
}
