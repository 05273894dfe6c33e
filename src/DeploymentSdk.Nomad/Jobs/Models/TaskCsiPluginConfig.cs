using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>Makes a task a CSI plugin.</summary>
public sealed class TaskCsiPluginConfig : ApiModel
{
    /// <summary>The plugin ID.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The plugin type: node, controller or monolith.</summary>
    public string? Type { get; set; }

    /// <summary>Where the plugin's socket directory is mounted in the task.</summary>
    public string? MountDir { get; set; }

    /// <summary>The base directory for staging and publishing volumes.</summary>
    public string? StagePublishBaseDir { get; set; }

    /// <summary>How long the plugin may take to become healthy.</summary>
    public TimeSpan? HealthTimeout { get; set; }
}
