namespace DeploymentSdk.CloudFoundry;

/// <summary>Narrows <see cref="ICloudFoundryAppsClient.FindAsync"/>.</summary>
public sealed class AppFindOptions
{
    /// <summary>
    /// The organization the space is in. Space names are unique only within an organization: without this, a space
    /// name used in two organizations is ambiguous.
    /// </summary>
    public string? OrganizationName { get; set; }
}
