using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A service that an allocation registered with Nomad's built-in service discovery (<c>provider = "nomad"</c>).</summary>
public sealed class ServiceRegistration : ApiModel
{
    /// <summary>The registration's unique ID (Consul's format).</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The service's name; not unique.</summary>
    public string? ServiceName { get; set; }

    /// <summary>The namespace of the job.</summary>
    public string? Namespace { get; set; }

    /// <summary>The ID of the node running the allocation.</summary>
    [JsonPropertyName("NodeID")]
    public string? NodeId { get; set; }

    /// <summary>The datacenter of that node.</summary>
    public string? Datacenter { get; set; }

    /// <summary>The ID of the job that declares the service.</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The ID of the allocation that registered the service.</summary>
    [JsonPropertyName("AllocID")]
    public string? AllocId { get; set; }

    /// <summary>The service's tags (its canary tags while the allocation is a canary).</summary>
    public IList<string>? Tags { get; set; }

    /// <summary>The address the service advertises, as the client sees it (not necessarily routable).</summary>
    public string? Address { get; set; }

    /// <summary>The port the service advertises.</summary>
    public int? Port { get; set; }

    /// <summary>The Raft index at which the registration was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index at which the registration was last changed.</summary>
    public ulong? ModifyIndex { get; set; }
}
