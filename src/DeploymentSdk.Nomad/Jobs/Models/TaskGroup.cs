using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A group of tasks that are placed together on one node.</summary>
public sealed class TaskGroup : ApiModel
{
    /// <summary>The name of the group, unique within the job.</summary>
    public string? Name { get; set; }

    /// <summary>How many allocations of the group to run; the server default is 1.</summary>
    public int? Count { get; set; }

    /// <summary>Placement constraints of the group.</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Placement preferences of the group.</summary>
    public IList<Affinity>? Affinities { get; set; }

    /// <summary>The tasks of the group.</summary>
    public IList<JobTask>? Tasks { get; set; }

    /// <summary>How allocations of the group are spread across node attributes.</summary>
    public IList<Spread>? Spreads { get; set; }

    /// <summary>The volumes the group requests, by name.</summary>
    public IDictionary<string, VolumeRequest>? Volumes { get; set; }

    /// <summary>How the client restarts failed tasks of the group.</summary>
    public RestartPolicy? RestartPolicy { get; set; }

    /// <summary>What client and server do when the node loses contact with the servers.</summary>
    public DisconnectStrategy? Disconnect { get; set; }

    /// <summary>How failed allocations are rescheduled onto other nodes.</summary>
    public ReschedulePolicy? ReschedulePolicy { get; set; }

    /// <summary>The ephemeral disk of the group's allocations.</summary>
    public EphemeralDisk? EphemeralDisk { get; set; }

    /// <summary>The rolling-update strategy of the group; overrides the job's.</summary>
    public UpdateStrategy? Update { get; set; }

    /// <summary>How allocations of the group migrate off draining nodes.</summary>
    public MigrateStrategy? Migrate { get; set; }

    /// <summary>The group's network (ports and network mode).</summary>
    public IList<NetworkResource>? Networks { get; set; }

    /// <summary>User metadata of the group.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>Services registered for the group.</summary>
    [JsonConverter(typeof(ModelListConverter<ServiceReader, Service>))]
    public IList<Service>? Services { get; set; }

    /// <summary>How long to wait between deregistering the group's services and stopping its tasks.</summary>
    public TimeSpan? ShutdownDelay { get; set; }

    /// <summary>How long an allocation of the group may run before the server stops it (Nomad 2.0 and later).</summary>
    public TimeSpan? MaxRunDuration { get; set; }

    /// <summary>Deprecated in Nomad 1.8 and ignored from 1.10: use <see cref="DisconnectStrategy.StopOnClientAfter"/>.</summary>
    public TimeSpan? StopAfterClientDisconnect { get; set; }

    /// <summary>Deprecated in Nomad 1.8 and ignored from 1.10: use <see cref="DisconnectStrategy.LostAfter"/>.</summary>
    public TimeSpan? MaxClientDisconnect { get; set; }

    /// <summary>The horizontal scaling policy of the group.</summary>
    public ScalingPolicy? Scaling { get; set; }

    /// <summary>The Consul cluster, namespace and partition the group's services use.</summary>
    public Consul? Consul { get; set; }

    /// <summary>Deprecated in Nomad 1.8 and ignored from 1.10: use <see cref="DisconnectStrategy.Replace"/>.</summary>
    public bool? PreventRescheduleOnLost { get; set; }
}
