using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The latest result of one Nomad service check of an allocation.</summary>
public sealed class AllocCheckStatus : ApiModel
{
    /// <summary>The check's ID, unique to the allocation.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>The check's name.</summary>
    public string? Check { get; set; }

    /// <summary>The task group of the service.</summary>
    public string? Group { get; set; }

    /// <summary><c>healthiness</c> (the deployment waits for the check) or <c>readiness</c> (<c>on_update = "ignore"</c>).</summary>
    public string? Mode { get; set; }

    /// <summary>The check's output.</summary>
    public string? Output { get; set; }

    /// <summary>The service's name.</summary>
    public string? Service { get; set; }

    /// <summary>The task of the service; empty for a group-level service.</summary>
    public string? Task { get; set; }

    /// <summary><c>success</c>, <c>failure</c> or <c>pending</c> (not run yet).</summary>
    public string? Status { get; set; }

    /// <summary>The HTTP status code of an HTTP check.</summary>
    public int? StatusCode { get; set; }

    /// <summary>When the check ran (UTC, from unix seconds).</summary>
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? Timestamp { get; set; }
}
