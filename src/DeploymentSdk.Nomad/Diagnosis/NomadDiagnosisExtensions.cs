namespace DeploymentSdk.Nomad;

/// <summary>Explains why a deployment failed: its failing allocations, task events, checks, log tails and placement failures.</summary>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
public static class NomadDiagnosisExtensions
{
    /// <summary>
    /// Reads a deployment, its failed and unhealthy allocations (task events, failing Nomad checks, and with
    /// <see cref="NomadDiagnosisOptions.IncludeLogs"/> the tail of the failing tasks' logs) and the job's evaluations that
    /// could not place allocations, and assembles a diagnosis. Reads after the deployment's own that fail (a node down, a
    /// missing <c>read-logs</c> permission) are noted in the diagnosis instead of failing it.
    /// </summary>
    /// <param name="nomad">The Nomad client.</param>
    /// <param name="deploymentId">The deployment's full UUID.</param>
    /// <param name="options">Logs, limits, and the namespace of the job.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The diagnosis; <see cref="NomadDeploymentDiagnosis.Describe"/> writes it out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomad"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="deploymentId"/> is not a full UUID.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is 0 or less.</exception>
    /// <exception cref="NomadApiException">The deployment itself could not be read (for example it does not exist).</exception>
    /// <example>
    /// <code>
    /// var diagnosis = await nomad.DiagnoseAsync(deploymentId, new NomadDiagnosisOptions { IncludeLogs = true });
    /// Console.WriteLine(diagnosis.Describe());
    /// </code>
    /// </example>
    public static async Task<NomadDeploymentDiagnosis> DiagnoseAsync(
        this INomadClient nomad,
        string deploymentId,
        NomadDiagnosisOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nomad);
        NomadIds.RequireUuid(deploymentId, nameof(deploymentId));
        options ??= new NomadDiagnosisOptions();
        options.Validate(nameof(options));
        var deployment = (await nomad.Deployments.GetAsync(deploymentId, options.Query, cancellationToken).ConfigureAwait(false)).Value;
        var outcome = DeploymentFollower.OutcomeOf(deployment);
        return await new DeploymentDiagnoser(nomad, options).DiagnoseAsync(deployment, null, outcome, cancellationToken).ConfigureAwait(false);
    }
}
