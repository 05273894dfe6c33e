namespace DeploymentSdk.CloudFoundry;

/// <summary>Filters, order and page size of <see cref="ICloudFoundryDeploymentsClient.ListAsync"/>. Null or empty properties are not sent.</summary>
/// <remarks>List filters match any of their values; different filters must all match.</remarks>
public sealed class DeploymentListOptions
{
    /// <summary>The page to start at, from 1. Default: the first.</summary>
    public int? Page { get; set; }

    /// <summary>Results per page, 1 to 5000. Server default: 50.</summary>
    public int? PerPage { get; set; }

    /// <summary>The sort order. Server default: <see cref="DeploymentOrder.CreatedAt"/>.</summary>
    public DeploymentOrder? OrderBy { get; set; }

    /// <summary>A label selector, for example <c>env=prod,!canary,tier in (web,worker)</c>; all requirements must match.</summary>
    public string? LabelSelector { get; set; }

    /// <summary>Only deployments of these apps (<c>app_guids</c>).</summary>
    public IList<string>? AppGuids { get; set; }

    /// <summary>Only these deployments (<c>guids</c>).</summary>
    public IList<string>? Guids { get; set; }

    /// <summary>Only deployments in these states (<c>states</c>).</summary>
    public IList<DeploymentState>? States { get; set; }

    /// <summary>Only deployments with these status reasons (<c>status_reasons</c>).</summary>
    public IList<DeploymentStatusReason>? StatusReasons { get; set; }

    /// <summary>Only deployments with these status values (<c>status_values</c>).</summary>
    public IList<DeploymentStatusValue>? StatusValues { get; set; }

    /// <summary>A filter on the creation time (<c>created_ats</c>).</summary>
    public TimestampFilter? CreatedAts { get; set; }

    /// <summary>A filter on the last update time (<c>updated_ats</c>).</summary>
    public TimestampFilter? UpdatedAts { get; set; }
}
