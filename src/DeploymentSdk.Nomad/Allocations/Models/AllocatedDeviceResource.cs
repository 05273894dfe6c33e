using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The devices of one vendor, type and model assigned to a task.</summary>
public sealed class AllocatedDeviceResource : ApiModel
{
    /// <summary>The device vendor (for example <c>nvidia</c>).</summary>
    public string? Vendor { get; set; }

    /// <summary>The device type (for example <c>gpu</c>).</summary>
    public string? Type { get; set; }

    /// <summary>The device model.</summary>
    public string? Name { get; set; }

    /// <summary>The IDs of the assigned device instances.</summary>
    [JsonPropertyName("DeviceIDs")]
    public IList<string>? DeviceIds { get; set; }
}
