namespace DeploymentSdk.Nomad;

/// <summary>A file or directory in an allocation's directory (<c>GET /v1/client/fs/ls</c> and <c>/stat</c>).</summary>
public sealed class AllocFileInfo : ApiModel
{
    /// <summary>The file's name (without its directory).</summary>
    public string? Name { get; set; }

    /// <summary>Whether it is a directory.</summary>
    public bool? IsDir { get; set; }

    /// <summary>The size in bytes.</summary>
    public long? Size { get; set; }

    /// <summary>The mode as Go prints it, for example <c>-rw-r--r--</c>.</summary>
    public string? FileMode { get; set; }

    /// <summary>When the file was last modified.</summary>
    public DateTimeOffset? ModTime { get; set; }

    /// <summary>The content type Nomad detected, for example <c>text/plain; charset=utf-8</c>.</summary>
    public string? ContentType { get; set; }
}
