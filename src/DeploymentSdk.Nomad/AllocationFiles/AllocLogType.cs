using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>Which of a task's logs to read (the <c>type</c> parameter of <c>/v1/client/fs/logs</c>).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<AllocLogType>))]
public readonly record struct AllocLogType(string Value) : IExtensibleEnum<AllocLogType>
{
    /// <summary>The task's standard output.</summary>
    public static AllocLogType Stdout { get; } = new("stdout");

    /// <summary>The task's standard error.</summary>
    public static AllocLogType Stderr { get; } = new("stderr");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static AllocLogType IExtensibleEnum<AllocLogType>.FromValue(string value) => new(value);
}
