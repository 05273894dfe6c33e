using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>An app's desired state (<c>state</c>); open, so a newer server's value still reads.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<AppState>))]
public readonly record struct AppState(string Value) : IExtensibleEnum<AppState>
{
    /// <summary>The app should run.</summary>
    public static AppState Started { get; } = new("STARTED");

    /// <summary>The app should not run.</summary>
    public static AppState Stopped { get; } = new("STOPPED");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static AppState IExtensibleEnum<AppState>.FromValue(string value) => new(value);
}
