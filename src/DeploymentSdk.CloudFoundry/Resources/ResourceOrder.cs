using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The sort order of a droplet, revision, process or audit event list (<c>order_by</c>): a field, prefixed with <c>-</c> for descending.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<ResourceOrder>))]
public readonly record struct ResourceOrder(string Value) : IExtensibleEnum<ResourceOrder>
{
    /// <summary>Oldest first (<c>created_at</c>, the server's default).</summary>
    public static ResourceOrder CreatedAt { get; } = new("created_at");

    /// <summary>Newest first (<c>-created_at</c>).</summary>
    public static ResourceOrder CreatedAtDescending { get; } = new("-created_at");

    /// <summary>Least recently updated first (<c>updated_at</c>).</summary>
    public static ResourceOrder UpdatedAt { get; } = new("updated_at");

    /// <summary>Most recently updated first (<c>-updated_at</c>).</summary>
    public static ResourceOrder UpdatedAtDescending { get; } = new("-updated_at");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static ResourceOrder IExtensibleEnum<ResourceOrder>.FromValue(string value) => new(value);
}
