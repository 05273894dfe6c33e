using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>Why a deployment has its status (<c>status.reason</c>). Values a newer server adds are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DeploymentStatusReason>))]
public readonly record struct DeploymentStatusReason(string Value) : IExtensibleEnum<DeploymentStatusReason>
{
    /// <summary>Active: new instances are being rolled out (<c>DEPLOYING</c>).</summary>
    public static DeploymentStatusReason Deploying { get; } = new("DEPLOYING");

    /// <summary>Active: a canary deployment waits for the continue action (<c>PAUSED</c>).</summary>
    public static DeploymentStatusReason Paused { get; } = new("PAUSED");

    /// <summary>Active: the deployment was canceled and is rolling back (<c>CANCELING</c>).</summary>
    public static DeploymentStatusReason Canceling { get; } = new("CANCELING");

    /// <summary>Finalized: every instance runs the new droplet (<c>DEPLOYED</c>).</summary>
    public static DeploymentStatusReason Deployed { get; } = new("DEPLOYED");

    /// <summary>Finalized: the deployment was canceled and rolled back (<c>CANCELED</c>).</summary>
    public static DeploymentStatusReason Canceled { get; } = new("CANCELED");

    /// <summary>Finalized: another deployment was created for the app before this one completed (<c>SUPERSEDED</c>).</summary>
    public static DeploymentStatusReason Superseded { get; } = new("SUPERSEDED");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DeploymentStatusReason IExtensibleEnum<DeploymentStatusReason>.FromValue(string value) => new(value);
}
