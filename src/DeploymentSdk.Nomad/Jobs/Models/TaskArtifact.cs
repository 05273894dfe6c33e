using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>An artifact go-getter downloads into the task directory.</summary>
public sealed class TaskArtifact : ApiModel
{
    /// <summary>The URL to download.</summary>
    public string? GetterSource { get; set; }

    /// <summary>go-getter options, such as a checksum.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? GetterOptions { get; set; }

    /// <summary>HTTP headers sent with the download.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? GetterHeaders { get; set; }

    /// <summary>The getter mode: any, file or dir.</summary>
    public string? GetterMode { get; set; }

    /// <summary>Whether TLS verification is skipped for the download.</summary>
    public bool? GetterInsecure { get; set; }

    /// <summary>The destination relative to the task directory.</summary>
    public string? RelativeDest { get; set; }

    /// <summary>Whether the downloaded files are chowned to the task user.</summary>
    public bool? Chown { get; set; }
}
