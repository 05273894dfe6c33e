namespace DeploymentSdk.CloudFoundry;

/// <summary>Filters and page size of <see cref="ICloudFoundryOrganizationsClient.ListAsync"/>. Null or empty properties are not sent.</summary>
public sealed class OrganizationListOptions
{
    /// <summary>The page to start at, from 1. Default: the first.</summary>
    public int? Page { get; set; }

    /// <summary>Results per page, 1 to 5000. Server default: 50.</summary>
    public int? PerPage { get; set; }

    /// <summary>Only organizations with these names (<c>names</c>); a name must not contain a comma.</summary>
    public IList<string>? Names { get; set; }

    /// <summary>Only these organizations (<c>guids</c>).</summary>
    public IList<string>? Guids { get; set; }

    /// <summary>A label selector, for example <c>env=prod</c>.</summary>
    public string? LabelSelector { get; set; }
}
