using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The sort order of a deployment list (<c>order_by</c>): a field, prefixed with <c>-</c> for descending.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DeploymentOrder>))]
public readonly record struct DeploymentOrder(string Value) : IExtensibleEnum<DeploymentOrder>
{
    /// <summary>Oldest first (<c>created_at</c>, the server's default).</summary>
    public static DeploymentOrder CreatedAt { get; } = new("created_at");

    /// <summary>Newest first (<c>-created_at</c>).</summary>
    public static DeploymentOrder CreatedAtDescending { get; } = new("-created_at");

    /// <summary>Least recently updated first (<c>updated_at</c>).</summary>
    public static DeploymentOrder UpdatedAt { get; } = new("updated_at");

    /// <summary>Most recently updated first (<c>-updated_at</c>).</summary>
    public static DeploymentOrder UpdatedAtDescending { get; } = new("-updated_at");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DeploymentOrder IExtensibleEnum<DeploymentOrder>.FromValue(string value) => new(value);
}
