using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The status of a job. Values a newer server adds read and write back unchanged.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<JobStatus>))]
public readonly record struct JobStatus(string Value) : IExtensibleEnum<JobStatus>
{
    /// <summary>The job is waiting to be scheduled.</summary>
    public static JobStatus Pending { get; } = new("pending");

    /// <summary>The job has allocations that are not terminal.</summary>
    public static JobStatus Running { get; } = new("running");

    /// <summary>All allocations and evaluations of the job are terminal.</summary>
    public static JobStatus Dead { get; } = new("dead");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static JobStatus IExtensibleEnum<JobStatus>.FromValue(string value) => new(value);
}
