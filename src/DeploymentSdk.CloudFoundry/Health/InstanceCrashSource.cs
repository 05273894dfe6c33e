namespace DeploymentSdk.CloudFoundry;

/// <summary>Where an <see cref="InstanceCrash"/> was read.</summary>
public enum InstanceCrashSource
{
    /// <summary>A crashed instance in the process stats (<c>GET /v3/processes/:guid/stats</c>).</summary>
    ProcessStats,

    /// <summary>An <c>audit.app.process.crash</c> event (<c>GET /v3/audit_events</c>).</summary>
    AuditEvent,
}
