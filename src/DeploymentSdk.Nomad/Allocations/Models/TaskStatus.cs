using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The coarse state of one task in an allocation (<c>TaskState.State</c>).</summary>
/// <remarks>Open: a value a newer Nomad adds still reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<TaskStatus>))]
public readonly record struct TaskStatus(string Value) : IExtensibleEnum<TaskStatus>
{
    /// <summary>The task is waiting to run, for the first time or after a restart.</summary>
    public static TaskStatus Pending { get; } = new("pending");

    /// <summary>The task is running.</summary>
    public static TaskStatus Running { get; } = new("running");

    /// <summary>The task is dead and will not run again.</summary>
    public static TaskStatus Dead { get; } = new("dead");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static TaskStatus IExtensibleEnum<TaskStatus>.FromValue(string value) => new(value);
}
