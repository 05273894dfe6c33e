namespace DeploymentSdk.CloudFoundry;

/// <summary>A process created for a deployment (<c>new_processes[]</c>).</summary>
public sealed class DeploymentProcess : ApiModel
{
    /// <summary>The process GUID.</summary>
    public string? Guid { get; set; }

    /// <summary>The process type, for example <c>web</c> (or <c>web-deployment-…</c> while deploying).</summary>
    public string? Type { get; set; }
}
