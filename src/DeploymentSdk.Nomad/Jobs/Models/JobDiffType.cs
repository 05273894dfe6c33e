using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The kind of change a job, group, task, object or field diff describes.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<JobDiffType>))]
public readonly record struct JobDiffType(string Value) : IExtensibleEnum<JobDiffType>
{
    /// <summary>Nothing changed.</summary>
    public static JobDiffType None { get; } = new("None");

    /// <summary>The item was added.</summary>
    public static JobDiffType Added { get; } = new("Added");

    /// <summary>The item was removed.</summary>
    public static JobDiffType Deleted { get; } = new("Deleted");

    /// <summary>The item was changed.</summary>
    public static JobDiffType Edited { get; } = new("Edited");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static JobDiffType IExtensibleEnum<JobDiffType>.FromValue(string value) => new(value);
}
