using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A job as the job list shows it.</summary>
public sealed class JobListStub : ApiModel
{
    /// <summary>The job's ID.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The job's name.</summary>
    public string? Name { get; set; }

    /// <summary>The job's namespace.</summary>
    public string? Namespace { get; set; }

    /// <summary>The scheduler type: service, batch, system or sysbatch.</summary>
    public string? Type { get; set; }

    /// <summary>The job's status: pending, running or dead.</summary>
    public string? Status { get; set; }

    /// <summary>The Raft index at which the job was created.</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index of the job's last change.</summary>
    public ulong? ModifyIndex { get; set; }
}
