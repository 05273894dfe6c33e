using System.Text.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>A process's health or readiness check (<c>health_check</c>, <c>readiness_health_check</c>).</summary>
public sealed class ProcessHealthCheck : ApiModel
{
    /// <summary>The check type: <c>port</c>, <c>process</c> or <c>http</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The check's settings as sent (<c>timeout</c>, <c>invocation_timeout</c>, <c>interval</c>, <c>endpoint</c>).</summary>
    public IDictionary<string, JsonElement>? Data { get; set; }
}
