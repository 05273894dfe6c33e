
namespace DeploymentSdk.Cloud66;

/// <summary>Redeploys a stack given by name and follows the redeploy to its end.</summary>
public static class Cloud66StackRedeployExtensions
{
    /// <summary>
    /// Finds the stack by name (<see cref="ICloud66StacksClient.FindByNameAsync"/>), redeploys it
    /// (<see cref="ICloud66DeploymentsClient.RedeployAsync"/>) and follows the redeploy
    /// (<see cref="ICloud66DeploymentsClient.FollowRedeployAsync"/>).
    /// </summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="stacks">The stacks client.</param>
    /// <param name="stackName">The stack's name.</param>
    /// <param name="options">Environment, redeploy and follow options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the calls (a started redeploy goes on).</param>
    /// <returns>How the redeploy ended.</returns>
    /// <exception cref="ArgumentException"><paramref name="stackName"/> is empty, or an option is invalid.</exception>
    /// <exception cref="Cloud66LookupException">No stack, or several, have the name.</exception>
    /// <exception cref="Cloud66ApiException">A call was answered with an error.</exception>
    /// <exception cref="TimeoutException">The redeploy did not finish within <see cref="RedeployFollowOptions.Timeout"/>.</exception>
    /// <example>
    /// <code>
    /// var outcome = await cloud66.Deployments.RedeployStackAsync(cloud66.Stacks, "shop", new() { Environment = "production" });
    /// </code>
    /// </example>
    public static async Task<RedeployOutcome> RedeployStackAsync(
        this ICloud66DeploymentsClient deployments,
        ICloud66StacksClient stacks,
        string stackName,
        StackRedeployOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        ArgumentNullException.ThrowIfNull(stacks);
        ArgumentException.ThrowIfNullOrWhiteSpace(stackName);
        var stack = await stacks.FindByNameAsync(stackName, new StackFindOptions { Environment = options?.Environment }, cancellationToken)
            .ConfigureAwait(false);
        var stackId = stack.Uid ?? throw new Cloud66ApiException(
            $"Cloud66 listed the stack '{stackName}' without a uid.", ApiErrorKind.InvalidResponse, 200, "GET", "/stacks");
        var redeploy = await deployments.RedeployAsync(stackId, options?.Redeploy, cancellationToken).ConfigureAwait(false);
        return await deployments.FollowRedeployAsync(stackId, redeploy, options?.Follow, cancellationToken).ConfigureAwait(false);
    }
}
