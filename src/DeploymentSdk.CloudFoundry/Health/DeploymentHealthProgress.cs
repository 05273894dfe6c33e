
namespace DeploymentSdk.CloudFoundry;

/// <summary>What <see cref="DeploymentHealthFollowExtensions.FollowWithHealthAsync"/> reports: the deployment and its app's instance health.</summary>
public sealed class DeploymentHealthProgress
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="deployment">The deployment as read.</param>
    /// <param name="health">The instance health read right after it.</param>
    public DeploymentHealthProgress(Deployment deployment, DeploymentHealth health)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(health);
        Deployment = deployment;
        Health = health;
    }

    /// <summary>The deployment as read.</summary>
    public Deployment Deployment { get; }

    /// <summary>The app's instance health.</summary>
    public DeploymentHealth Health { get; }
}
