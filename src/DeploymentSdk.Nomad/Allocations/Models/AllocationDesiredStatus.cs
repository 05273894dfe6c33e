using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The status the scheduler wants an allocation to have (<c>DesiredStatus</c>).</summary>
/// <remarks>Open: a value a newer Nomad adds still reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<AllocationDesiredStatus>))]
public readonly record struct AllocationDesiredStatus(string Value) : IExtensibleEnum<AllocationDesiredStatus>
{
    /// <summary>The allocation should run.</summary>
    public static AllocationDesiredStatus Run { get; } = new("run");

    /// <summary>The allocation should stop.</summary>
    public static AllocationDesiredStatus Stop { get; } = new("stop");

    /// <summary>The allocation should stop because it was evicted (preempted).</summary>
    public static AllocationDesiredStatus Evict { get; } = new("evict");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static AllocationDesiredStatus IExtensibleEnum<AllocationDesiredStatus>.FromValue(string value) => new(value);
}
