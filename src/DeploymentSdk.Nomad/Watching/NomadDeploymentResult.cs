namespace DeploymentSdk.Nomad;

/// <summary>How following a job change ended, with the last state of its evaluation and deployment.</summary>
public sealed class NomadDeploymentResult
{
    /// <summary>How it ended.</summary>
    public required NomadDeploymentOutcome Outcome { get; init; }

    /// <summary>The answer to the registration, when the job was registered by <see cref="NomadDeployExtensions.DeployAsync"/> (warnings, job modify index).</summary>
    public JobRegisterResponse? Registration { get; init; }

    /// <summary>The last evaluation followed; <see langword="null"/> when only a deployment was followed or no evaluation was created.</summary>
    public Evaluation? Evaluation { get; init; }

    /// <summary>The last state of the deployment; <see langword="null"/> when there was none (or it was not read before a deadline).</summary>
    public Deployment? Deployment { get; init; }

    /// <summary>The ID of the deployment the change created, when there was one.</summary>
    public string? DeploymentId => Deployment?.Id ?? (string.IsNullOrEmpty(Evaluation?.DeploymentId) ? null : Evaluation.DeploymentId);

    /// <summary>Nomad's words for the end state: the deployment's status description, else the evaluation's.</summary>
    public string? StatusDescription => Deployment?.StatusDescription ?? Evaluation?.StatusDescription;

    /// <summary>
    /// Why it failed, when it ended <see cref="NomadDeploymentOutcome.Failed"/>, <see cref="NomadDeploymentOutcome.AutoReverted"/>,
    /// <see cref="NomadDeploymentOutcome.Blocked"/>, <see cref="NomadDeploymentOutcome.EvaluationFailed"/> or
    /// <see cref="NomadDeploymentOutcome.DeadlineExceeded"/> and was followed through <see cref="INomadClient"/> (see
    /// <see cref="NomadFollowOptions.Diagnosis"/>); otherwise <see langword="null"/>.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
    public NomadDeploymentDiagnosis? Diagnosis { get; init; }

    /// <summary>Whether the change rolled out: <see cref="NomadDeploymentOutcome.Successful"/>.</summary>
    public bool IsSuccessful => Outcome == NomadDeploymentOutcome.Successful;

    /// <summary>The outcome and Nomad's status description.</summary>
    /// <returns>For example <c>AutoReverted: Failed due to unhealthy allocations - rolling back to job version 6</c>.</returns>
    public override string ToString() => StatusDescription is { Length: > 0 } description ? $"{Outcome}: {description}" : Outcome.ToString();
}
