using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A task: a single process (container, binary, VM) within a task group (Nomad's <c>Task</c>; named <c>JobTask</c> so it does not clash with <see cref="System.Threading.Tasks.Task"/>).</summary>
public sealed class JobTask : ApiModel
{
    /// <summary>The name of the task, unique within the group.</summary>
    public string? Name { get; set; }

    /// <summary>The task driver that runs the task (docker, exec, raw_exec, java, …).</summary>
    public string? Driver { get; set; }

    /// <summary>The OS user the task runs as.</summary>
    public string? User { get; set; }

    /// <summary>When the task runs relative to the main tasks (prestart, poststart, poststop).</summary>
    public TaskLifecycle? Lifecycle { get; set; }

    /// <summary>The driver configuration; its shape depends on the driver.</summary>
    public IDictionary<string, JsonElement>? Config { get; set; }

    /// <summary>Placement constraints of the task.</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Placement preferences of the task.</summary>
    public IList<Affinity>? Affinities { get; set; }

    /// <summary>Environment variables of the task.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? Env { get; set; }

    /// <summary>Services registered for the task.</summary>
    [JsonConverter(typeof(ModelListConverter<ServiceReader, Service>))]
    public IList<Service>? Services { get; set; }

    /// <summary>The resources the task needs.</summary>
    public Resources? Resources { get; set; }

    /// <summary>How the client restarts this task; overrides the group's.</summary>
    public RestartPolicy? RestartPolicy { get; set; }

    /// <summary>User metadata of the task.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>How long to wait after the kill signal before force-killing the task.</summary>
    public TimeSpan? KillTimeout { get; set; }

    /// <summary>How the task's logs are rotated.</summary>
    public LogConfig? LogConfig { get; set; }

    /// <summary>Artifacts downloaded into the task directory before it starts.</summary>
    public IList<TaskArtifact>? Artifacts { get; set; }

    /// <summary>The Vault token and policies the task needs.</summary>
    public Vault? Vault { get; set; }

    /// <summary>The Consul cluster and namespace the task uses for templates and tokens.</summary>
    public Consul? Consul { get; set; }

    /// <summary>Templates rendered into the task directory.</summary>
    [JsonConverter(typeof(ModelListConverter<TemplateReader, Template>))]
    public IList<Template>? Templates { get; set; }

    /// <summary>Where the dispatch payload is written for a dispatched job.</summary>
    public DispatchPayloadConfig? DispatchPayload { get; set; }

    /// <summary>Where the group's volumes are mounted into the task.</summary>
    public IList<VolumeMount>? VolumeMounts { get; set; }

    /// <summary>Makes the task a CSI plugin.</summary>
    [JsonPropertyName("CSIPluginConfig")]
    public TaskCsiPluginConfig? CsiPluginConfig { get; set; }

    /// <summary>Whether the task is the group's leader: when it exits, the other tasks are stopped.</summary>
    public bool? Leader { get; set; }

    /// <summary>How long to wait between deregistering the task's services and killing it.</summary>
    public TimeSpan? ShutdownDelay { get; set; }

    /// <summary>The signal sent to stop the task (default SIGINT).</summary>
    public string? KillSignal { get; set; }

    /// <summary>The kind of a task Nomad adds itself, such as a Connect sidecar (<c>connect-proxy:NAME</c>).</summary>
    public string? Kind { get; set; }

    /// <summary>Vertical scaling policies of the task (Enterprise).</summary>
    public IList<ScalingPolicy>? ScalingPolicies { get; set; }

    /// <summary>Secrets fetched from a secret provider and exposed to the task.</summary>
    public IList<Secret>? Secrets { get; set; }

    /// <summary>The default workload identity of the task.</summary>
    [JsonConverter(typeof(ModelConverter<WorkloadIdentityReader, WorkloadIdentity>))]
    public WorkloadIdentity? Identity { get; set; }

    /// <summary>Additional workload identities of the task (for Consul, Vault or other audiences).</summary>
    [JsonConverter(typeof(ModelListConverter<WorkloadIdentityReader, WorkloadIdentity>))]
    public IList<WorkloadIdentity>? Identities { get; set; }

    /// <summary>Predefined commands that operators can run in the task.</summary>
    public IList<TaskAction>? Actions { get; set; }

    /// <summary>A time window in which the task may run (Enterprise).</summary>
    public TaskSchedule? Schedule { get; set; }
}
