using System.Text.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A secret a task fetches from a secret provider (Nomad 1.11 and later).</summary>
public sealed class Secret : ApiModel
{
    /// <summary>The secret name.</summary>
    public string? Name { get; set; }

    /// <summary>The provider: nomad, vault or a custom plugin.</summary>
    public string? Provider { get; set; }

    /// <summary>The path of the secret at the provider.</summary>
    public string? Path { get; set; }

    /// <summary>Provider-specific configuration.</summary>
    public IDictionary<string, JsonElement>? Config { get; set; }

    /// <summary>Environment variables to set from the secret's keys.</summary>
    public IDictionary<string, string>? Env { get; set; }
}
