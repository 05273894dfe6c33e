
namespace DeploymentSdk.CloudFoundry;

/// <summary>Rolls an app back to an earlier revision, the way <c>cf rollback</c> does: a new deployment of that revision.</summary>
public static class CloudFoundryRollbackExtensions
{
    /// <summary>
    /// Deploys an earlier revision of an app (<c>POST /v3/deployments</c> with <c>revision: {guid}</c>). The result is an
    /// ordinary deployment: follow it with <c>FollowAsync</c> like any other.
    /// </summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="appGuid">The app to roll back.</param>
    /// <param name="revisionGuid">The revision to deploy (from <see cref="ICloudFoundryRevisionsClient.ListForAppAsync"/>).</param>
    /// <param name="options">Strategy and deployment options; null uses the server's defaults (rolling).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new deployment.</returns>
    /// <exception cref="ArgumentException"><paramref name="appGuid"/> or <paramref name="revisionGuid"/> is empty or not a GUID.</exception>
    /// <exception cref="CloudFoundryApiException">With status 422 when the revision is not deployable or belongs to another app.</exception>
    /// <example>
    /// <code>
    /// var app = await cf.Apps.FindAsync("my-app", "prod");
    /// var revisions = await cf.Revisions.ListForAppAsync(app.Guid!, new() { OrderBy = ResourceOrder.CreatedAtDescending, PerPage = 2 })
    ///     .AsPages().FirstAsync();
    /// var deployment = await cf.Deployments.RollbackAsync(app.Guid!, revisions.Values[1].Guid!);
    /// var result = await cf.Deployments.FollowAsync(deployment.Guid!);
    /// </code>
    /// </example>
    public static Task<Deployment> RollbackAsync(
        this ICloudFoundryDeploymentsClient deployments,
        string appGuid,
        string revisionGuid,
        RollbackOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        Resources.CloudFoundryQuery.Guid(appGuid, nameof(appGuid));
        Resources.CloudFoundryQuery.Guid(revisionGuid, nameof(revisionGuid));
        return deployments.CreateAsync(
            new CreateDeploymentRequest(appGuid)
            {
                Revision = new GuidReference(revisionGuid),
                Strategy = options?.Strategy,
                Options = options?.Options,
            },
            cancellationToken);
    }
}
