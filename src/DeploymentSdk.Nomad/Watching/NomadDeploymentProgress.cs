using System.Globalization;
using System.Text;

namespace DeploymentSdk.Nomad;

/// <summary>
/// One step of a followed job change: the evaluation or deployment as it is now. Per task group counts (placed, healthy,
/// unhealthy, canaries) are in <see cref="Deployment"/>'s <see cref="Deployment.TaskGroups"/>; <see cref="ToString"/> writes them out.
/// </summary>
public sealed class NomadDeploymentProgress
{
    /// <summary>Where the change is.</summary>
    public required NomadDeploymentStage Stage { get; init; }

    /// <summary>The evaluation as last read; <see langword="null"/> when only a deployment is followed.</summary>
    public Evaluation? Evaluation { get; init; }

    /// <summary>The deployment as last read; <see langword="null"/> until there is one.</summary>
    public Deployment? Deployment { get; init; }

    /// <summary>How following ended; set on the last step (<see cref="NomadDeploymentStage.Finished"/>) only.</summary>
    public NomadDeploymentResult? Result { get; init; }

    /// <summary>
    /// Allocations that turned failed or unhealthy since the previous step, with their decisive task events and failing
    /// checks (no logs); empty otherwise. Reported once each, while the deployment runs.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
    public IReadOnlyList<NomadAllocationDiagnosis> NewlyUnhealthy { get; init; } = [];

    /// <summary>Nomad's words for the current state: the deployment's status description, else the evaluation's.</summary>
    public string? StatusDescription => Deployment?.StatusDescription ?? Evaluation?.StatusDescription;

    /// <summary>A one-line summary for logs.</summary>
    /// <returns>For example <c>Deploying running (Deployment is running): web 2/3 placed, 2 healthy, 0 unhealthy, canaries 1/1</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Stage.ToString());
        if (Result is { } result)
        {
            return text.Append(' ').Append(result).ToString();
        }

        if (Deployment is { } deployment)
        {
            text.Append(' ').Append(deployment.Status?.Value).Append(" (").Append(deployment.StatusDescription).Append(')');
            var separator = ": ";
            foreach (var (group, state) in deployment.TaskGroups ?? new Dictionary<string, DeploymentState>())
            {
                text.Append(separator).Append(CultureInfo.InvariantCulture, $"{group} {state.PlacedAllocs ?? 0}/{state.DesiredTotal ?? 0} placed, {state.HealthyAllocs ?? 0} healthy, {state.UnhealthyAllocs ?? 0} unhealthy");
                if (state.DesiredCanaries is > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $", canaries {state.PlacedCanaries?.Count ?? 0}/{state.DesiredCanaries}{(state.Promoted == true ? " promoted" : string.Empty)}");
                }

                separator = "; ";
            }
        }
        else if (Evaluation is { } evaluation)
        {
            text.Append(' ').Append(evaluation.Status?.Value);
            if (!string.IsNullOrEmpty(evaluation.StatusDescription))
            {
                text.Append(" (").Append(evaluation.StatusDescription).Append(')');
            }
        }

        return text.ToString();
    }
}
