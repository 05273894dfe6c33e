namespace DeploymentSdk.Nomad;

/// <summary>A consul-template template rendered into the task directory.</summary>
public sealed class Template : ApiModel
{
    /// <summary>A template file on the client or in the task directory.</summary>
    public string? SourcePath { get; set; }

    /// <summary>Where the rendered template is written.</summary>
    public string? DestPath { get; set; }

    /// <summary>The template text itself.</summary>
    public string? EmbeddedTmpl { get; set; }

    /// <summary>What happens when the rendered output changes: noop, restart, signal or script.</summary>
    public string? ChangeMode { get; set; }

    /// <summary>The script run when <see cref="ChangeMode"/> is script.</summary>
    public ChangeScript? ChangeScript { get; set; }

    /// <summary>The signal sent when <see cref="ChangeMode"/> is signal.</summary>
    public string? ChangeSignal { get; set; }

    /// <summary>Whether the template is rendered only once.</summary>
    public bool? Once { get; set; }

    /// <summary>A random delay before the change mode is applied.</summary>
    public TimeSpan? Splay { get; set; }

    /// <summary>The file permissions of the rendered file, in octal.</summary>
    public string? Perms { get; set; }

    /// <summary>The owner user ID of the rendered file.</summary>
    public int? Uid { get; set; }

    /// <summary>The owner group ID of the rendered file.</summary>
    public int? Gid { get; set; }

    /// <summary>The left template delimiter.</summary>
    public string? LeftDelim { get; set; }

    /// <summary>The right template delimiter.</summary>
    public string? RightDelim { get; set; }

    /// <summary>Whether the rendered output is read as environment variables.</summary>
    public bool? Envvars { get; set; }

    /// <summary>Deprecated: ignored by Nomad.</summary>
    public TimeSpan? VaultGrace { get; set; }

    /// <summary>The minimum and maximum quiescence time before rendering.</summary>
    public WaitConfig? Wait { get; set; }

    /// <summary>Whether a missing map key is an error.</summary>
    public bool? ErrMissingKey { get; set; }
}
