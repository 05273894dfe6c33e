namespace DeploymentSdk.CloudFoundry;

/// <summary>Filters, order and page size of <see cref="ICloudFoundryProcessesClient.ListForAppAsync"/>. Null or empty properties are not sent.</summary>
public sealed class ProcessListOptions
{
    /// <summary>The page to start at, from 1. Default: the first.</summary>
    public int? Page { get; set; }

    /// <summary>Results per page, 1 to 5000. Server default: 50.</summary>
    public int? PerPage { get; set; }

    /// <summary>The sort order. Server default: <see cref="ResourceOrder.CreatedAt"/> (oldest first).</summary>
    public ResourceOrder? OrderBy { get; set; }

    /// <summary>Only these processes (<c>guids</c>).</summary>
    public IList<string>? Guids { get; set; }

    /// <summary>Only these process types (<c>types</c>), for example <c>web</c>.</summary>
    public IList<string>? Types { get; set; }

    /// <summary>A label selector, for example <c>env=prod</c>.</summary>
    public string? LabelSelector { get; set; }
}
