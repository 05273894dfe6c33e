using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>Overrides for the sidecar proxy task Nomad injects for a Connect service.</summary>
public sealed class SidecarTask : ApiModel
{
    /// <summary>The task name.</summary>
    public string? Name { get; set; }

    /// <summary>The task driver.</summary>
    public string? Driver { get; set; }

    /// <summary>The OS user.</summary>
    public string? User { get; set; }

    /// <summary>The driver configuration.</summary>
    public IDictionary<string, JsonElement>? Config { get; set; }

    /// <summary>Environment variables.</summary>
    public IDictionary<string, string>? Env { get; set; }

    /// <summary>The resources of the sidecar.</summary>
    public Resources? Resources { get; set; }

    /// <summary>Metadata.</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>How long to wait after the kill signal before force-killing.</summary>
    public TimeSpan? KillTimeout { get; set; }

    /// <summary>Log rotation.</summary>
    public LogConfig? LogConfig { get; set; }

    /// <summary>How long to wait before stopping the sidecar.</summary>
    public TimeSpan? ShutdownDelay { get; set; }

    /// <summary>The signal sent to stop the sidecar.</summary>
    public string? KillSignal { get; set; }

    /// <summary>Volume mounts of the sidecar.</summary>
    public IList<VolumeMount>? VolumeMounts { get; set; }

    /// <summary>Workload identities of the sidecar.</summary>
    [JsonConverter(typeof(ModelListConverter<WorkloadIdentityReader, WorkloadIdentity>))]
    public IList<WorkloadIdentity>? Identities { get; set; }
}
