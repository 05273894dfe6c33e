using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>A health check of a service.</summary>
public sealed class ServiceCheck : ApiModel
{
    /// <summary>The check name.</summary>
    public string? Name { get; set; }

    /// <summary>The check type: http, tcp, grpc or script.</summary>
    public string? Type { get; set; }

    /// <summary>The command a script check runs.</summary>
    public string? Command { get; set; }

    /// <summary>The arguments of a script check's command.</summary>
    public IList<string>? Args { get; set; }

    /// <summary>The HTTP path of an http check.</summary>
    public string? Path { get; set; }

    /// <summary>The protocol of an http check: http or https.</summary>
    public string? Protocol { get; set; }

    /// <summary>The port label or number the check connects to.</summary>
    public string? PortLabel { get; set; }

    /// <summary>Whether the check is exposed through the Connect sidecar.</summary>
    public bool? Expose { get; set; }

    /// <summary>Which address the check uses: alloc, driver or host.</summary>
    public string? AddressMode { get; set; }

    /// <summary>The address the check advertises (Nomad services only).</summary>
    public string? Advertise { get; set; }

    /// <summary>How often the check runs.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>How long one check may take.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The status before the first run: passing, warning or critical.</summary>
    public string? InitialStatus { get; set; }

    /// <summary>Free text shown with the check (Consul only).</summary>
    public string? Notes { get; set; }

    /// <summary>The TLS server name of an https or grpc check.</summary>
    [JsonPropertyName("TLSServerName")]
    public string? TlsServerName { get; set; }

    /// <summary>Whether TLS verification is skipped.</summary>
    [JsonPropertyName("TLSSkipVerify")]
    public bool? TlsSkipVerify { get; set; }

    /// <summary>HTTP headers an http check sends.</summary>
    public IDictionary<string, IList<string>>? Header { get; set; }

    /// <summary>The HTTP method of an http check.</summary>
    public string? Method { get; set; }

    /// <summary>Restarts the task when this check stays unhealthy.</summary>
    public CheckRestart? CheckRestart { get; set; }

    /// <summary>The gRPC service a grpc check asks about.</summary>
    [JsonPropertyName("GRPCService")]
    public string? GrpcService { get; set; }

    /// <summary>Whether a grpc check uses TLS.</summary>
    [JsonPropertyName("GRPCUseTLS")]
    public bool? GrpcUseTls { get; set; }

    /// <summary>For a group service's script check, the task the script runs in.</summary>
    public string? TaskName { get; set; }

    /// <summary>How many consecutive successes are needed before the check passes.</summary>
    public int? SuccessBeforePassing { get; set; }

    /// <summary>How many consecutive failures are needed before the check is critical.</summary>
    public int? FailuresBeforeCritical { get; set; }

    /// <summary>How many consecutive failures are needed before the check warns.</summary>
    public int? FailuresBeforeWarning { get; set; }

    /// <summary>The HTTP body an http check sends.</summary>
    public string? Body { get; set; }

    /// <summary>How the check result affects deployments: require_healthy, ignore_warnings or ignore.</summary>
    public string? OnUpdate { get; set; }
}
