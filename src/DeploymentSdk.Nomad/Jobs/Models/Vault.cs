namespace DeploymentSdk.Nomad;

/// <summary>The Vault integration of a task.</summary>
public sealed class Vault : ApiModel
{
    /// <summary>Deprecated: Vault policies for the legacy token workflow.</summary>
    public IList<string>? Policies { get; set; }

    /// <summary>The Vault role used with workload identities.</summary>
    public string? Role { get; set; }

    /// <summary>The Vault namespace (Enterprise).</summary>
    public string? Namespace { get; set; }

    /// <summary>The Vault cluster name from the agent configuration; the server default is <c>default</c>.</summary>
    public string? Cluster { get; set; }

    /// <summary>Whether the token is exposed as the VAULT_TOKEN environment variable.</summary>
    public bool? Env { get; set; }

    /// <summary>Whether writing the token to the secrets directory is disabled.</summary>
    public bool? DisableFile { get; set; }

    /// <summary>What happens when the token changes: noop, restart or signal.</summary>
    public string? ChangeMode { get; set; }

    /// <summary>The signal sent when <see cref="ChangeMode"/> is signal.</summary>
    public string? ChangeSignal { get; set; }

    /// <summary>Whether the token may expire without being renewed.</summary>
    public bool? AllowTokenExpiration { get; set; }
}
