using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.DeployAndWatch;

/// <summary>
/// Follows one task's standard output live in every allocation of a deployment (<c>--follow-logs</c>), as
/// <c>nomad alloc logs -f</c> would, each line prefixed by its allocation. Disposing it stops every follow.
/// </summary>
internal sealed class LogFollower(INomadClient nomad, string task, CancellationToken cancellationToken) : IDisposable
{
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    private readonly HashSet<string> _following = [];
    private readonly List<Task> _tasks = [];

    /// <summary>Starts following the task in the deployment's allocations not followed yet.</summary>
    public async Task FollowNewAllocationsAsync(string deploymentId, Action<string> print)
    {
        var allocations = (await nomad.Deployments.ListAllocationsAsync(deploymentId, cancellationToken: _stop.Token)).Value;
        foreach (var alloc in allocations)
        {
            if (alloc.Id is { } id && alloc.TaskStates?.ContainsKey(task) == true && _following.Add(id))
            {
                print($"Following the logs of {task} in {alloc.Name} ({id[..8]})");
                _tasks.Add(FollowAsync(id, print));
            }
        }
    }

    private async Task FollowAsync(string allocationId, Action<string> print)
    {
        try
        {
            var chunks = nomad.AllocationFiles.LogsAsync(allocationId, task, new AllocFileStreamOptions { Follow = true, LogType = AllocLogType.Stdout }, _stop.Token);
            await foreach (var line in chunks.ReadLinesAsync(_stop.Token))
            {
                print($"[{allocationId[..8]} {task}] {line}");
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Following stopped with the deployment.
        }
        catch (ApiException e)
        {
            print($"[{allocationId[..8]} {task}] logs not readable: {e.Message}");
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            Task.WaitAll([.. _tasks], TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Each follow reports its own failure; nothing is left to say.
        }

        _stop.Dispose();
    }
}
