using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The status of an allocation as reported by the client node (<c>ClientStatus</c>).</summary>
/// <remarks>Open: a value a newer Nomad adds still reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<AllocationClientStatus>))]
public readonly record struct AllocationClientStatus(string Value) : IExtensibleEnum<AllocationClientStatus>
{
    /// <summary>The allocation is placed but its tasks are not running yet.</summary>
    public static AllocationClientStatus Pending { get; } = new("pending");

    /// <summary>At least one task of the allocation is running.</summary>
    public static AllocationClientStatus Running { get; } = new("running");

    /// <summary>All tasks finished successfully; terminal.</summary>
    public static AllocationClientStatus Complete { get; } = new("complete");

    /// <summary>A task failed and the allocation will not run again; terminal.</summary>
    public static AllocationClientStatus Failed { get; } = new("failed");

    /// <summary>The node running the allocation went down; terminal.</summary>
    public static AllocationClientStatus Lost { get; } = new("lost");

    /// <summary>The node is disconnected; the allocation may still be running (see the group's <c>disconnect</c> block).</summary>
    public static AllocationClientStatus Unknown { get; } = new("unknown");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static AllocationClientStatus IExtensibleEnum<AllocationClientStatus>.FromValue(string value) => new(value);
}
