namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>status.canary.steps</c> of a canary deployment.</summary>
public sealed class DeploymentCanaryStepProgress : ApiModel
{
    /// <summary>The current canary step, from 1.</summary>
    public int? Current { get; set; }

    /// <summary>The number of canary steps (1 when the deployment was created without steps).</summary>
    public int? Total { get; set; }
}
