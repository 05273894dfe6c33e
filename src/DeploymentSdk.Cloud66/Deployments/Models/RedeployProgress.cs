namespace DeploymentSdk.Cloud66;

/// <summary>What one poll of a redeploy saw; reported through <see cref="IProgress{T}"/> after every poll.</summary>
public sealed class RedeployProgress
{
    /// <summary>Creates a progress report; for tests that fake a client.</summary>
    /// <param name="poll">The number of the poll, from 1.</param>
    /// <param name="action">The stack action read by this poll, when following an action.</param>
    /// <param name="deployment">The deployment read by this poll, when following a deployment.</param>
    public RedeployProgress(int poll, AsyncAction? action, Deployment? deployment)
    {
        Poll = poll;
        Action = action;
        Deployment = deployment;
    }

    /// <summary>The number of the poll, from 1.</summary>
    public int Poll { get; }

    /// <summary>The stack action as this poll read it, when the redeploy answer named one (<c>async_action_id</c>).</summary>
    public AsyncAction? Action { get; }

    /// <summary>The deployment as this poll read it, when the redeploy answer named no action.</summary>
    public Deployment? Deployment { get; }
}
