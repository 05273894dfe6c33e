using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>Mount options of a CSI volume.</summary>
public sealed class CsiMountOptions : ApiModel
{
    /// <summary>The file system type.</summary>
    [JsonPropertyName("FSType")]
    public string? FsType { get; set; }

    /// <summary>Mount flags passed to the plugin.</summary>
    public IList<string>? MountFlags { get; set; }
}
