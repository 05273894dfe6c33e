using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The topic of a Nomad event (<c>Event.Topic</c>), and the first part of an event-stream topic filter.</summary>
/// <remarks>Open: a topic a newer Nomad adds still reads, and can be subscribed to with <c>new NomadEventTopic("Name")</c>.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<NomadEventTopic>))]
public readonly record struct NomadEventTopic(string Value) : IExtensibleEnum<NomadEventTopic>
{
    /// <summary>
    /// Not a Nomad topic: the topic of the marker event <see cref="NomadEventFollower.ReadAllAsync"/> yields when the
    /// server's index went backwards (see <see cref="NomadEventBatch.IsReset"/>). Its <see cref="NomadEvent.Index"/> is the
    /// server's new, lower index; re-read the state of the objects you follow, then go on reading events.
    /// </summary>
    public static NomadEventTopic StreamReset { get; } = new("DeploymentSdk.StreamReset");

    /// <summary>Every topic (<c>*</c>); as a filter it needs a management token.</summary>
    public static NomadEventTopic All { get; } = new("*");

    /// <summary>Job registered, deregistered or changed; the payload holds the <c>Job</c>. Key: the job ID.</summary>
    public static NomadEventTopic Job { get; } = new("Job");

    /// <summary>Deployment status, promotion and allocation health; the payload holds the <c>Deployment</c>. Key: the deployment ID; filter key: the job ID.</summary>
    public static NomadEventTopic Deployment { get; } = new("Deployment");

    /// <summary>Allocation created or updated; the payload holds the <c>Allocation</c>. Key: the allocation ID; filter keys: the job ID and deployment ID.</summary>
    public static NomadEventTopic Allocation { get; } = new("Allocation");

    /// <summary>Evaluation updated; the payload holds the <c>Evaluation</c>. Key: the evaluation ID; filter keys: the job ID and deployment ID.</summary>
    public static NomadEventTopic Evaluation { get; } = new("Evaluation");

    /// <summary>Node registration, drain, eligibility and node events; needs <c>node:read</c>. Key: the node ID.</summary>
    public static NomadEventTopic Node { get; } = new("Node");

    /// <summary>Node pool created, updated or deleted; needs a management token.</summary>
    public static NomadEventTopic NodePool { get; } = new("NodePool");

    /// <summary>Nomad service registration added or removed. Key: the registration ID; filter keys: the job ID and service name.</summary>
    public static NomadEventTopic Service { get; } = new("Service");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static NomadEventTopic IExtensibleEnum<NomadEventTopic>.FromValue(string value) => new(value);
}
