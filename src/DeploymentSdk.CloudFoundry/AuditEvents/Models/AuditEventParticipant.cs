namespace DeploymentSdk.CloudFoundry;

/// <summary>The actor or target of an audit event.</summary>
public sealed class AuditEventParticipant : ApiModel
{
    /// <summary>Its unique identifier.</summary>
    public string? Guid { get; set; }

    /// <summary>Its kind: <c>user</c>, <c>app</c>, <c>process</c>, …</summary>
    public string? Type { get; set; }

    /// <summary>Its name.</summary>
    public string? Name { get; set; }
}
