using System.Text.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>An app's or droplet's lifecycle (<c>lifecycle</c>): its type and type-specific data.</summary>
public sealed class AppLifecycle : ApiModel
{
    /// <summary>The lifecycle type: <c>buildpack</c>, <c>docker</c> or <c>cnb</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The type's data, as sent (for buildpack apps: <c>buildpacks</c> and <c>stack</c>).</summary>
    public IDictionary<string, JsonElement>? Data { get; set; }
}
