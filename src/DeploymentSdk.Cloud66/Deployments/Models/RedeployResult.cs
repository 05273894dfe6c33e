namespace DeploymentSdk.Cloud66;

/// <summary>
/// Cloud66's answer to a redeploy request. Pass it to
/// <see cref="ICloud66DeploymentsClient.FollowRedeployAsync"/> to wait for the deployment to finish.
/// </summary>
public sealed class RedeployResult : ApiModel
{
    /// <summary>Whether Cloud66 accepted the request (<c>ok</c>); not every answer carries it.</summary>
    public bool? Ok { get; set; }

    /// <summary>The ID of the deployment the request started (<c>id</c>), when the answer names it.</summary>
    public long? Id { get; set; }

    /// <summary>Cloud66's message, for example "Deployment scheduled" (<c>message</c>).</summary>
    public string? Message { get; set; }

    /// <summary>Whether the deployment was queued behind one already running (<c>queued</c>).</summary>
    public bool? Queued { get; set; }

    /// <summary>
    /// The ID of the asynchronous stack action that tracks the deployment (<c>async_action_id</c>), when the answer
    /// has one; read it with <see cref="ICloud66DeploymentsClient.GetActionAsync"/>.
    /// </summary>
    public long? AsyncActionId { get; set; }
}
