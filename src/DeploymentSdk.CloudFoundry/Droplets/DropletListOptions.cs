namespace DeploymentSdk.CloudFoundry;

/// <summary>Filters and page size of <see cref="ICloudFoundryDropletsClient.ListForAppAsync"/>. Null or empty properties are not sent.</summary>
public sealed class DropletListOptions
{
    /// <summary>The page to start at, from 1. Default: the first.</summary>
    public int? Page { get; set; }

    /// <summary>Results per page, 1 to 5000. Server default: 50.</summary>
    public int? PerPage { get; set; }

    /// <summary>The sort order. Server default: <see cref="ResourceOrder.CreatedAt"/> (oldest first).</summary>
    public ResourceOrder? OrderBy { get; set; }

    /// <summary>Only these droplets (<c>guids</c>).</summary>
    public IList<string>? Guids { get; set; }

    /// <summary>Only droplets in these states (<c>states</c>).</summary>
    public IList<DropletState>? States { get; set; }

    /// <summary>When true, only the app's current droplet (<c>current</c>).</summary>
    public bool? Current { get; set; }

    /// <summary>A label selector, for example <c>env=prod</c>.</summary>
    public string? LabelSelector { get; set; }
}
