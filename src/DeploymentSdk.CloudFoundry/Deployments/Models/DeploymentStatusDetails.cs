namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>status.details</c> of a deployment.</summary>
public sealed class DeploymentStatusDetails : ApiModel
{
    /// <summary>When the new instances last passed their health check; null before the first success.</summary>
    public DateTimeOffset? LastSuccessfulHealthcheck { get; set; }

    /// <summary>When <see cref="DeploymentStatus.Value"/> or <see cref="DeploymentStatus.Reason"/> last changed.</summary>
    public DateTimeOffset? LastStatusChange { get; set; }

    /// <summary>A short description of the last error while deploying; cleared once the deployment progresses again.</summary>
    public string? Error { get; set; }
}
