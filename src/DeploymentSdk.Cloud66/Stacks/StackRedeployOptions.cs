
namespace DeploymentSdk.Cloud66;

/// <summary>How <see cref="Cloud66StackRedeployExtensions.RedeployStackAsync"/> finds, redeploys and follows a stack.</summary>
public sealed class StackRedeployOptions
{
    /// <summary>The stack's environment, when its name is used by several stacks; null matches any.</summary>
    public string? Environment { get; set; }

    /// <summary>What to redeploy (git ref, services, profile); null redeploys as the stack is configured.</summary>
    public RedeployOptions? Redeploy { get; set; }

    /// <summary>Poll intervals, deadline and progress of the follower; null for its defaults.</summary>
    public RedeployFollowOptions? Follow { get; set; }
}
