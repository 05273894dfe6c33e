using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The scheduler type of a job. Values a newer server adds read and write back unchanged.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<JobType>))]
public readonly record struct JobType(string Value) : IExtensibleEnum<JobType>
{
    /// <summary>Long-running tasks that are restarted and rescheduled when they stop.</summary>
    public static JobType Service { get; } = new("service");

    /// <summary>Tasks that run to completion.</summary>
    public static JobType Batch { get; } = new("batch");

    /// <summary>Long-running tasks on every eligible client node.</summary>
    public static JobType System { get; } = new("system");

    /// <summary>Tasks that run to completion on every eligible client node.</summary>
    public static JobType Sysbatch { get; } = new("sysbatch");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static JobType IExtensibleEnum<JobType>.FromValue(string value) => new(value);
}
