
namespace DeploymentSdk.CloudFoundry;

/// <summary>How <see cref="CloudFoundryRollbackExtensions.RollbackAsync"/> deploys the earlier revision. Null properties use the server's defaults.</summary>
public sealed class RollbackOptions
{
    /// <summary>The strategy; server default <see cref="DeploymentStrategy.Rolling"/>.</summary>
    public DeploymentStrategy? Strategy { get; set; }

    /// <summary>Max in flight, scaling and canary options.</summary>
    public DeploymentOptions? Options { get; set; }
}
