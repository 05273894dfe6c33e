using System.Globalization;
using DeploymentSdk.Cloud66.Http;
using DeploymentSdk.Cloud66.Json;
using DeploymentSdk.Http;

namespace DeploymentSdk.Cloud66;

/// <summary>Every endpoint of <c>/stacks/:stack_id/deployments</c>, plus the stack action that tracks a redeploy.</summary>
internal sealed class Cloud66DeploymentsClient : ICloud66DeploymentsClient
{
    private readonly ApiPipeline _pipeline;

    public Cloud66DeploymentsClient(HttpClient httpClient, Cloud66ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = Cloud66Pipeline.Create(httpClient, options);
    }

    public AsyncPageable<Deployment> ListAsync(string stackId, CancellationToken cancellationToken = default) =>
        _pipeline.ListPages(DeploymentsPath(stackId), Cloud66JsonContext.Default.Cloud66ListEnvelopeDeployment, cancellationToken);

    public Task<Deployment> GetAsync(string stackId, long deploymentId, CancellationToken cancellationToken = default) =>
        _pipeline.SendForResponseAsync(
            new ApiRequest(HttpMethod.Get, $"{DeploymentsPath(stackId)}/{IdSegment(deploymentId, nameof(deploymentId))}"),
            Cloud66JsonContext.Default.Cloud66EnvelopeDeployment,
            cancellationToken);

    public Task<RedeployResult> RedeployAsync(string stackId, RedeployOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(HttpMethod.Post, DeploymentsPath(stackId));
        if (options is not null)
        {
            request
                .AddQuery("git_ref", options.GitRef)
                .AddQuery("services", RedeployArguments.FormatServices(options.Services, nameof(options)))
                .AddQuery("deployment_profile", options.DeploymentProfile)
                .AddQuery("user_reference", RedeployArguments.CheckUserReference(options.UserReference, nameof(options)));
        }

        return _pipeline.SendForResponseAsync(request, Cloud66JsonContext.Default.Cloud66EnvelopeRedeployResult, cancellationToken);
    }

    public Task<DeploymentCancelResult> CancelAsync(string stackId, long deploymentId, CancellationToken cancellationToken = default) =>
        _pipeline.SendForResponseAsync(
            new ApiRequest(HttpMethod.Delete, $"{DeploymentsPath(stackId)}/{IdSegment(deploymentId, nameof(deploymentId))}"),
            Cloud66JsonContext.Default.Cloud66EnvelopeDeploymentCancelResult,
            cancellationToken);

    public Task<AsyncAction> GetActionAsync(string stackId, long actionId, CancellationToken cancellationToken = default) =>
        _pipeline.SendForResponseAsync(
            new ApiRequest(HttpMethod.Get, $"stacks/{PathSegment.Escape(stackId, nameof(stackId))}/actions/{IdSegment(actionId, nameof(actionId))}"),
            Cloud66JsonContext.Default.Cloud66EnvelopeAsyncAction,
            cancellationToken);

    public Task<RedeployOutcome> FollowRedeployAsync(
        string stackId,
        RedeployResult redeploy,
        RedeployFollowOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RedeployFollower.FollowAsync(this, stackId, redeploy, options ?? new RedeployFollowOptions(), options?.Progress, cancellationToken);

    private static string DeploymentsPath(string stackId) => $"stacks/{PathSegment.Escape(stackId, nameof(stackId))}/deployments";

    private static string IdSegment(long id, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id, paramName);
        return id.ToString(CultureInfo.InvariantCulture);
    }
}
