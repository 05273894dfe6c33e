using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The status of a deployment (<c>Deployment.Status</c>).</summary>
/// <remarks>Open: a value a newer Nomad adds still reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<DeploymentStatus>))]
public readonly record struct DeploymentStatus(string Value) : IExtensibleEnum<DeploymentStatus>
{
    /// <summary>The deployment is placing and watching allocations.</summary>
    public static DeploymentStatus Running { get; } = new("running");

    /// <summary>The deployment was paused by an operator.</summary>
    public static DeploymentStatus Paused { get; } = new("paused");

    /// <summary>The deployment failed (unhealthy allocations, progress deadline, or failed by an operator); terminal.</summary>
    public static DeploymentStatus Failed { get; } = new("failed");

    /// <summary>Every task group reached its desired healthy count; terminal.</summary>
    public static DeploymentStatus Successful { get; } = new("successful");

    /// <summary>The deployment was replaced by a newer job version or the job was stopped; terminal.</summary>
    public static DeploymentStatus Cancelled { get; } = new("cancelled");

    /// <summary>The deployment is being created.</summary>
    public static DeploymentStatus Initializing { get; } = new("initializing");

    /// <summary>A multiregion deployment waiting for a peer region to finish first.</summary>
    public static DeploymentStatus Pending { get; } = new("pending");

    /// <summary>A multiregion deployment that finished in this region and waits for its peer regions.</summary>
    public static DeploymentStatus Blocked { get; } = new("blocked");

    /// <summary>A multiregion deployment that is unblocking its remaining regions.</summary>
    public static DeploymentStatus Unblocking { get; } = new("unblocking");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DeploymentStatus IExtensibleEnum<DeploymentStatus>.FromValue(string value) => new(value);
}
