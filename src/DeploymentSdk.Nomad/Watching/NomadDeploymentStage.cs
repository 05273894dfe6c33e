namespace DeploymentSdk.Nomad;

/// <summary>Where a followed job change is.</summary>
public enum NomadDeploymentStage
{
    /// <summary>The scheduler is evaluating the change; <see cref="NomadDeploymentProgress.Evaluation"/> is set.</summary>
    Evaluating,

    /// <summary>The deployment is rolling out; <see cref="NomadDeploymentProgress.Deployment"/> is set.</summary>
    Deploying,

    /// <summary>Following has ended; <see cref="NomadDeploymentProgress.Result"/> says how.</summary>
    Finished,
}
