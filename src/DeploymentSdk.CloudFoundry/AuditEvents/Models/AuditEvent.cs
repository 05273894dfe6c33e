using System.Text.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>An audit event (<c>/v3/audit_events</c>): who did what to which resource, for example an app instance's crash.</summary>
public sealed class AuditEvent : ApiModel
{
    /// <summary>The event's unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>When the event happened.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the event was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The event type, for example <c>audit.app.update</c> or <c>audit.app.process.crash</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Who caused the event.</summary>
    public AuditEventParticipant? Actor { get; set; }

    /// <summary>What the event happened to.</summary>
    public AuditEventParticipant? Target { get; set; }

    /// <summary>
    /// The event's details, as sent; their shape depends on <see cref="Type"/> (a crash has <c>index</c>,
    /// <c>reason</c>, <c>exit_description</c>, <c>instance</c>, <c>crash_count</c>, <c>crash_timestamp</c>).
    /// </summary>
    public IDictionary<string, JsonElement>? Data { get; set; }

    /// <summary>The space the event happened in.</summary>
    public GuidReference? Space { get; set; }

    /// <summary>The organization the event happened in.</summary>
    public GuidReference? Organization { get; set; }

    /// <summary>Links by name (<c>self</c>).</summary>
    public IDictionary<string, Link>? Links { get; set; }
}
