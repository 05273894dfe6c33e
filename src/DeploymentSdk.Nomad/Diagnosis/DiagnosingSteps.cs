using System.Runtime.CompilerServices;

namespace DeploymentSdk.Nomad;

// The stable followers (DeployAsync, FollowEvaluationAsync) call in here, so this bridge into the experimental
// diagnosis (DSDK0001, CONTRIBUTING.md "Experimental APIs") cannot itself be experimental.
#pragma warning disable DSDK0001
/// <summary>
/// Adds diagnosis to a follower's steps: allocations that turned unhealthy since the last step while the deployment
/// runs, and a diagnosis on the result when following ends in failure. Never hides a step or the outcome.
/// </summary>
internal static class DiagnosingSteps
{
    public static async IAsyncEnumerable<NomadDeploymentProgress> AddAsync(
        IAsyncEnumerable<NomadDeploymentProgress> steps,
        INomadClient nomad,
        NomadFollowOptions? follow,
        string? @namespace,
        string? region,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (follow?.Diagnose == false)
        {
            await foreach (var step in steps.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return step;
            }

            yield break;
        }

        var options = WithPlace(follow?.Diagnosis ?? new NomadDiagnosisOptions(), follow, @namespace, region);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var lastUnhealthy = 0;
        await foreach (var step in steps.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (step.Result is { } result && DeploymentDiagnoser.IsFailure(result.Outcome))
            {
                var diagnosis = await DiagnoseAsync(nomad, options, result, cancellationToken).ConfigureAwait(false);
                var withDiagnosis = new NomadDeploymentResult
                {
                    Outcome = result.Outcome,
                    Registration = result.Registration,
                    Evaluation = result.Evaluation,
                    Deployment = result.Deployment,
                    Diagnosis = diagnosis,
                };
                yield return new NomadDeploymentProgress { Stage = step.Stage, Evaluation = step.Evaluation, Deployment = step.Deployment, Result = withDiagnosis };
                continue;
            }

            var unhealthy = (step.Deployment?.TaskGroups?.Values ?? []).Sum(g => g.UnhealthyAllocs ?? 0);
            if (step.Result is null && step.Deployment?.Id is { } deploymentId && unhealthy > lastUnhealthy)
            {
                lastUnhealthy = unhealthy;
                var fresh = await NewlyUnhealthyAsync(nomad, options, deploymentId, reported, cancellationToken).ConfigureAwait(false);
                if (fresh.Count > 0)
                {
                    yield return new NomadDeploymentProgress { Stage = step.Stage, Evaluation = step.Evaluation, Deployment = step.Deployment, NewlyUnhealthy = fresh };
                    continue;
                }
            }

            yield return step;
        }
    }

    private static async Task<NomadDeploymentDiagnosis> DiagnoseAsync(INomadClient nomad, NomadDiagnosisOptions options, NomadDeploymentResult result, CancellationToken cancellationToken)
    {
        try
        {
            return await new DeploymentDiagnoser(nomad, options).DiagnoseAsync(result.Deployment, result.Evaluation, result.Outcome, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The outcome stands whatever the diagnosis meets.
            return new NomadDeploymentDiagnosis
            {
                DeploymentId = result.DeploymentId,
                EvaluationId = result.Evaluation?.Id,
                Outcome = result.Outcome,
                StatusDescription = result.StatusDescription,
                Problems = [DeploymentDiagnoser.Reason(e)],
            };
        }
    }

    private static async Task<IReadOnlyList<NomadAllocationDiagnosis>> NewlyUnhealthyAsync(
        INomadClient nomad,
        NomadDiagnosisOptions options,
        string deploymentId,
        HashSet<string> reported,
        CancellationToken cancellationToken)
    {
        try
        {
            var stubs = (await nomad.Deployments.ListAllocationsAsync(deploymentId, options.Query, cancellationToken).ConfigureAwait(false)).Value;
            var fresh = await new DeploymentDiagnoser(nomad, options).DiagnoseAllocationsAsync(stubs, reported, includeLogs: false, cancellationToken).ConfigureAwait(false);
            foreach (var alloc in fresh)
            {
                reported.Add(alloc.AllocationId);
            }

            return fresh;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return []; // progress is a courtesy; the final diagnosis reports what could not be read
        }
    }

    private static NomadDiagnosisOptions WithPlace(NomadDiagnosisOptions options, NomadFollowOptions? follow, string? @namespace, string? region)
    {
        var query = options.Query?.Clone() ?? follow?.Watch?.Query?.Clone() ?? new NomadQueryOptions();
        query.Namespace = @namespace ?? query.Namespace;
        query.Region = region ?? query.Region;
        query.WaitIndex = null;
        query.WaitTime = null;
        return new NomadDiagnosisOptions
        {
            IncludeLogs = options.IncludeLogs,
            IncludeStdout = options.IncludeStdout,
            LogLines = options.LogLines,
            MaxLogBytes = options.MaxLogBytes,
            MaxAllocations = options.MaxAllocations,
            MaxEvents = options.MaxEvents,
            Query = query,
        };
    }
}
#pragma warning restore DSDK0001
