namespace DeploymentSdk.Cloud66;

/// <summary>Cloud66's answer to a request to cancel a deployment.</summary>
public sealed class DeploymentCancelResult : ApiModel
{
    /// <summary>Whether the deployment was cancelled (<c>ok</c>).</summary>
    public bool? Ok { get; set; }

    /// <summary>Cloud66's message, for example "Deployment cancelled" (<c>message</c>).</summary>
    public string? Message { get; set; }
}
