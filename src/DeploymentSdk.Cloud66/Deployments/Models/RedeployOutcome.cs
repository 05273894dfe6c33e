namespace DeploymentSdk.Cloud66;

/// <summary>How a followed redeploy ended.</summary>
public sealed class RedeployOutcome
{
    /// <summary>Creates an outcome; for tests that fake a client.</summary>
    /// <param name="succeeded">Whether the deployment succeeded, when Cloud66 said.</param>
    /// <param name="message">Cloud66's description of the result.</param>
    /// <param name="action">The finished stack action, when one was followed.</param>
    /// <param name="deployment">The finished deployment, when one was followed.</param>
    public RedeployOutcome(bool? succeeded, string? message, AsyncAction? action, Deployment? deployment)
    {
        Succeeded = succeeded;
        Message = message;
        Action = action;
        Deployment = deployment;
    }

    /// <summary>
    /// Whether the deployment succeeded: the action's <c>finished_success</c>, or whether the deployment's outcome is
    /// <see cref="DeploymentOutcome.Success"/> (<see langword="false"/> for <see cref="DeploymentOutcome.Failed"/>).
    /// <see langword="null"/> when Cloud66 did not say.
    /// </summary>
    public bool? Succeeded { get; }

    /// <summary>Cloud66's description of the result: the action's <c>finished_message</c>, or the outcome's meaning.</summary>
    public string? Message { get; }

    /// <summary>The finished stack action, when the redeploy answer named one.</summary>
    public AsyncAction? Action { get; }

    /// <summary>The finished deployment, when the redeploy answer named no action.</summary>
    public Deployment? Deployment { get; }
}
