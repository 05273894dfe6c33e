namespace DeploymentSdk.CloudFoundry;

/// <summary>A droplet's checksum (<c>checksum</c>).</summary>
public sealed class DropletChecksum : ApiModel
{
    /// <summary>The algorithm: <c>sha256</c> or <c>sha1</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The checksum, in hexadecimal.</summary>
    public string? Value { get; set; }
}
