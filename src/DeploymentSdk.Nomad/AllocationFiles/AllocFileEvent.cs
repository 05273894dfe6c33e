using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>What happened to a followed file besides new data (a frame's <c>FileEvent</c>).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<AllocFileEvent>))]
public readonly record struct AllocFileEvent(string Value) : IExtensibleEnum<AllocFileEvent>
{
    /// <summary>The file was truncated; the data that follows starts again at offset 0.</summary>
    public static AllocFileEvent Truncated { get; } = new("file truncated");

    /// <summary>The file was deleted; a file stream ends after this event.</summary>
    public static AllocFileEvent Deleted { get; } = new("file deleted");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static AllocFileEvent IExtensibleEnum<AllocFileEvent>.FromValue(string value) => new(value);
}
