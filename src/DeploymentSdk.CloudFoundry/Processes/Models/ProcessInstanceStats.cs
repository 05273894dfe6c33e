namespace DeploymentSdk.CloudFoundry;

/// <summary>One instance of a process as its stats report it (an item of <c>GET /v3/processes/:guid/stats</c>).</summary>
public sealed class ProcessInstanceStats : ApiModel
{
    /// <summary>The process type the instance belongs to.</summary>
    public string? Type { get; set; }

    /// <summary>The instance's zero-based index.</summary>
    public int? Index { get; set; }

    /// <summary>The instance's unique identifier; absent while it is not placed.</summary>
    public string? InstanceGuid { get; set; }

    /// <summary>The instance's state: starting, running, crashed, stopping or down.</summary>
    public ProcessInstanceState? State { get; set; }

    /// <summary>Whether the instance may receive traffic (its readiness check); null where the platform does not say.</summary>
    public bool? Routable { get; set; }

    /// <summary>What the instance uses now; empty when the platform has no usage data.</summary>
    public ProcessInstanceUsage? Usage { get; set; }

    /// <summary>The host the instance runs on.</summary>
    public string? Host { get; set; }

    /// <summary>The instance's internal IP address.</summary>
    public string? InstanceInternalIp { get; set; }

    /// <summary>The instance's port mappings; null while it has none.</summary>
    public IList<ProcessInstancePort>? InstancePorts { get; set; }

    /// <summary>How long the instance has run, in seconds.</summary>
    public long? Uptime { get; set; }

    /// <summary>The instance's memory limit, in bytes; null when unknown.</summary>
    public long? MemQuota { get; set; }

    /// <summary>The instance's disk limit, in bytes; null when unknown.</summary>
    public long? DiskQuota { get; set; }

    /// <summary>The instance's log rate limit in bytes per second; -1 for unlimited, null when unknown.</summary>
    public long? LogRateLimit { get; set; }

    /// <summary>The most file descriptors the instance may open.</summary>
    public long? FdsQuota { get; set; }

    /// <summary>The isolation segment the instance runs in; null for the shared one.</summary>
    public string? IsolationSegment { get; set; }

    /// <summary>Why the instance could not be placed or why it crashed, when the platform says; null otherwise.</summary>
    public string? Details { get; set; }
}
