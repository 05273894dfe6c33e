using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A workload identity (a signed JWT) given to a task or service.</summary>
public sealed class WorkloadIdentity : ApiModel
{
    /// <summary>The identity name; <c>default</c> for the default identity.</summary>
    public string? Name { get; set; }

    /// <summary>The JWT audiences.</summary>
    public IList<string>? Audience { get; set; }

    /// <summary>What happens when the identity is renewed: noop, restart or signal.</summary>
    public string? ChangeMode { get; set; }

    /// <summary>The signal sent when <see cref="ChangeMode"/> is signal.</summary>
    public string? ChangeSignal { get; set; }

    /// <summary>Whether the JWT is exposed as an environment variable.</summary>
    public bool? Env { get; set; }

    /// <summary>Whether the JWT is written to the secrets directory.</summary>
    public bool? File { get; set; }

    /// <summary>A custom path the JWT is written to.</summary>
    public string? Filepath { get; set; }

    /// <summary>The service the identity belongs to (service identities).</summary>
    public string? ServiceName { get; set; }

    /// <summary>The lifetime of the JWT.</summary>
    [JsonPropertyName("TTL")]
    public TimeSpan? Ttl { get; set; }

    /// <summary>Extra claims to put into the JWT (Nomad 2.0 and later).</summary>
    public IList<string>? ExtraClaims { get; set; }
}
