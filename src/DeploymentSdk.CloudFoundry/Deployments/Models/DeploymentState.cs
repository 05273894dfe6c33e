using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// A deployment's internal state, used only by the <c>states</c> list filter (<see cref="DeploymentListOptions.States"/>);
/// the deployment object reports <see cref="DeploymentStatus"/> instead. Values a newer server adds can be sent as they are.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DeploymentState>))]
public readonly record struct DeploymentState(string Value) : IExtensibleEnum<DeploymentState>
{
    /// <summary>New instances are being rolled out (<c>DEPLOYING</c>).</summary>
    public static DeploymentState Deploying { get; } = new("DEPLOYING");

    /// <summary>A canary step was reached and the deployment is about to pause (<c>PREPAUSED</c>).</summary>
    public static DeploymentState Prepaused { get; } = new("PREPAUSED");

    /// <summary>A canary deployment waits for the continue action (<c>PAUSED</c>).</summary>
    public static DeploymentState Paused { get; } = new("PAUSED");

    /// <summary>The deployment completed (<c>DEPLOYED</c>).</summary>
    public static DeploymentState Deployed { get; } = new("DEPLOYED");

    /// <summary>The deployment was canceled and is rolling back (<c>CANCELING</c>).</summary>
    public static DeploymentState Canceling { get; } = new("CANCELING");

    /// <summary>The deployment was canceled and rolled back (<c>CANCELED</c>).</summary>
    public static DeploymentState Canceled { get; } = new("CANCELED");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DeploymentState IExtensibleEnum<DeploymentState>.FromValue(string value) => new(value);
}
