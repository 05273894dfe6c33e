using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>How a deployment replaces the app's instances (<c>strategy</c>). Values a newer server adds are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DeploymentStrategy>))]
public readonly record struct DeploymentStrategy(string Value) : IExtensibleEnum<DeploymentStrategy>
{
    /// <summary>Instances are replaced gradually, <see cref="DeploymentOptions.MaxInFlight"/> at a time (<c>rolling</c>, the server's default).</summary>
    public static DeploymentStrategy Rolling { get; } = new("rolling");

    /// <summary>
    /// Canary instances are started first and the deployment pauses for evaluation until it is continued (<c>canary</c>;
    /// experimental in Cloud Foundry).
    /// </summary>
    public static DeploymentStrategy Canary { get; } = new("canary");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DeploymentStrategy IExtensibleEnum<DeploymentStrategy>.FromValue(string value) => new(value);
}
