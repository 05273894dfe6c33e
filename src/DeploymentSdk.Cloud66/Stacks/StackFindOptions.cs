namespace DeploymentSdk.Cloud66;

/// <summary>Narrows <see cref="ICloud66StacksClient.FindByNameAsync"/>.</summary>
public sealed class StackFindOptions
{
    /// <summary>Only the stack of this environment (for example <c>production</c>), compared ignoring case; null matches any.</summary>
    public string? Environment { get; set; }
}
