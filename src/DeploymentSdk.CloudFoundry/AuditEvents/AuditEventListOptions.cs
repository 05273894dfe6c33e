namespace DeploymentSdk.CloudFoundry;

/// <summary>Filters, order and page size of <see cref="ICloudFoundryAuditEventsClient.ListAsync"/>. Null or empty properties are not sent.</summary>
public sealed class AuditEventListOptions
{
    /// <summary>The page to start at, from 1. Default: the first.</summary>
    public int? Page { get; set; }

    /// <summary>Results per page, 1 to 5000. Server default: 50.</summary>
    public int? PerPage { get; set; }

    /// <summary>The sort order. Server default: <see cref="ResourceOrder.CreatedAt"/> (oldest first).</summary>
    public ResourceOrder? OrderBy { get; set; }

    /// <summary>Only these event types (<c>types</c>), for example <c>audit.app.process.crash</c>.</summary>
    public IList<string>? Types { get; set; }

    /// <summary>Only events about these resources (<c>target_guids</c>).</summary>
    public IList<string>? TargetGuids { get; set; }

    /// <summary>Only events in these spaces (<c>space_guids</c>).</summary>
    public IList<string>? SpaceGuids { get; set; }

    /// <summary>Only events in these organizations (<c>organization_guids</c>).</summary>
    public IList<string>? OrganizationGuids { get; set; }

    /// <summary>Only events created at or after this instant (<c>created_ats[gte]</c>); fractions of a second are dropped.</summary>
    public DateTimeOffset? CreatedAtOrAfter { get; set; }
}
