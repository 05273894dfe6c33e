namespace DeploymentSdk.Nomad;

/// <summary>How following a job change to its end came out.</summary>
public enum NomadDeploymentOutcome
{
    /// <summary>The deployment completed successfully: every allocation of the new version is placed and healthy.</summary>
    Successful,

    /// <summary>The deployment failed (unhealthy allocations, progress deadline, or failed by a user) and did not roll back.</summary>
    Failed,

    /// <summary>The deployment failed and Nomad rolled the job back to its last stable version (<c>auto_revert</c>).</summary>
    AutoReverted,

    /// <summary>Nomad cancelled the deployment: a newer version of the job was registered, or the job was stopped.</summary>
    Cancelled,

    /// <summary>
    /// The scheduler could not place every allocation and left a blocked evaluation waiting for capacity (see
    /// <see cref="NomadDeploymentResult.Evaluation"/>'s <c>FailedTGAllocs</c>), or a multiregion deployment is waiting for a peer region.
    /// Nomad keeps trying; this is where following stops.
    /// </summary>
    Blocked,

    /// <summary>
    /// The change needed no deployment: batch, system and sysbatch jobs, a service job without an <c>update</c> block, a
    /// change that placed nothing, or a periodic or parameterized job (which registers no evaluation).
    /// </summary>
    NoDeployment,

    /// <summary>The evaluation itself failed or was cancelled; see <see cref="NomadDeploymentResult.StatusDescription"/>.</summary>
    EvaluationFailed,

    /// <summary><see cref="NomadFollowOptions.Deadline"/> passed first; the deployment goes on in Nomad.</summary>
    DeadlineExceeded,

    /// <summary>
    /// The evaluation's <c>NextEval</c> hand-offs came back to an evaluation already followed, or went on past 32
    /// evaluations: a server that loops. Following stops instead of polling forever; <see cref="NomadDeploymentResult.Evaluation"/>
    /// is the last evaluation read.
    /// </summary>
    EvaluationChainBroken,
}
