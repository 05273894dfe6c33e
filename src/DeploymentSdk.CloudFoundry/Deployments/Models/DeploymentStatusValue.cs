using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>Whether a deployment is still in progress (<c>status.value</c>). Values a newer server adds are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DeploymentStatusValue>))]
public readonly record struct DeploymentStatusValue(string Value) : IExtensibleEnum<DeploymentStatusValue>
{
    /// <summary>The deployment is in progress (<c>ACTIVE</c>); see <see cref="DeploymentStatus.Reason"/> for what it is doing.</summary>
    public static DeploymentStatusValue Active { get; } = new("ACTIVE");

    /// <summary>The deployment is over, successfully or not (<c>FINALIZED</c>); see <see cref="DeploymentStatus.Reason"/> for how it ended.</summary>
    public static DeploymentStatusValue Finalized { get; } = new("FINALIZED");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DeploymentStatusValue IExtensibleEnum<DeploymentStatusValue>.FromValue(string value) => new(value);
}
