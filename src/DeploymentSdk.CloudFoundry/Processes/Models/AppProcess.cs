namespace DeploymentSdk.CloudFoundry;

/// <summary>A process of an app (<c>/v3/processes</c>): one process type (<c>web</c>, <c>worker</c>) with its instance count and limits.</summary>
public sealed class AppProcess : ApiModel
{
    /// <summary>The process's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>The process type, unique among the app's processes outside a deployment (<c>web</c>, <c>worker</c>).</summary>
    public string? Type { get; set; }

    /// <summary>The start command; null for the droplet's default.</summary>
    public string? Command { get; set; }

    /// <summary>The user the process runs as.</summary>
    public string? User { get; set; }

    /// <summary>The desired number of instances.</summary>
    public int? Instances { get; set; }

    /// <summary>Each instance's memory limit, in MB.</summary>
    public int? MemoryInMb { get; set; }

    /// <summary>Each instance's disk limit, in MB.</summary>
    public int? DiskInMb { get; set; }

    /// <summary>Each instance's log rate limit in bytes per second; -1 for unlimited.</summary>
    public long? LogRateLimitInBytesPerSecond { get; set; }

    /// <summary>How the platform decides an instance is alive.</summary>
    public ProcessHealthCheck? HealthCheck { get; set; }

    /// <summary>How the platform decides an instance may receive traffic.</summary>
    public ProcessHealthCheck? ReadinessHealthCheck { get; set; }

    /// <summary>The related resources by name (<c>app</c>, <c>revision</c>).</summary>
    public IDictionary<string, ToOneRelationship>? Relationships { get; set; }

    /// <summary>The process's labels and annotations.</summary>
    public ResourceMetadata? Metadata { get; set; }

    /// <summary>When the process was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the process was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>A value that changes whenever the process's configuration changes.</summary>
    public string? Version { get; set; }

    /// <summary>Links by name (<c>self</c>, <c>scale</c>, <c>app</c>, <c>space</c>, <c>stats</c>, …).</summary>
    public IDictionary<string, Link>? Links { get; set; }
}
