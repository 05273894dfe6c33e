using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>An instance's state (<c>state</c> of a process stats item); open, so a newer server's value still reads.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<ProcessInstanceState>))]
public readonly record struct ProcessInstanceState(string Value) : IExtensibleEnum<ProcessInstanceState>
{
    /// <summary>Starting: placed, not yet healthy.</summary>
    public static ProcessInstanceState Starting { get; } = new("STARTING");

    /// <summary>Running and healthy.</summary>
    public static ProcessInstanceState Running { get; } = new("RUNNING");

    /// <summary>Crashed; the platform restarts it after a back-off. See <see cref="ProcessInstanceStats.Details"/>.</summary>
    public static ProcessInstanceState Crashed { get; } = new("CRASHED");

    /// <summary>Being stopped.</summary>
    public static ProcessInstanceState Stopping { get; } = new("STOPPING");

    /// <summary>Down: not placed (no capacity, or the process is stopping).</summary>
    public static ProcessInstanceState Down { get; } = new("DOWN");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ProcessInstanceState IExtensibleEnum<ProcessInstanceState>.FromValue(string value) => new(value);
}
