using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Cli;

/// <summary>The commands: each reads or changes Nomad through the SDK and prints the result.</summary>
internal sealed class Commands(NomadClient nomad, Printer printer, CliOptions options)
{
    private NomadQueryOptions Query => new() { Namespace = options.Namespace };

    /// <summary>Watches are streams of blocking reads; each yields only when the object changed.</summary>
    private NomadWatchOptions Watch => new() { Query = Query };

    public async Task<int> ListJobsAsync(CancellationToken cancellationToken)
    {
        var jobs = new List<JobListStub>();
        var query = new JobListOptions { Namespace = options.Namespace ?? "*", Prefix = options.Prefix };
        await foreach (var job in nomad.Jobs.ListAsync(query, cancellationToken: cancellationToken))
        {
            jobs.Add(job);
        }

        printer.Jobs(jobs);
        return 0;
    }

    public async Task<int> GetJobAsync(string jobId, CancellationToken cancellationToken)
    {
        Job job = await nomad.Jobs.GetAsync(jobId, Query, cancellationToken);
        printer.Job(job);
        return 0;
    }

    public async Task<int> ListDeploymentsAsync(CancellationToken cancellationToken)
    {
        var deployments = new List<Deployment>();
        if (options.Job is { } job)
        {
            deployments.AddRange((await nomad.Jobs.ListDeploymentsAsync(job, new JobDeploymentListOptions { Namespace = options.Namespace }, cancellationToken)).Value);
        }
        else
        {
            await foreach (var deployment in nomad.Deployments.ListAsync(new NomadQueryOptions { Namespace = options.Namespace ?? "*" }, cancellationToken))
            {
                deployments.Add(deployment);
            }
        }

        printer.Deployments(deployments);
        return 0;
    }

    public async Task<int> GetDeploymentAsync(string id, CancellationToken cancellationToken)
    {
        Deployment deployment = await nomad.Deployments.GetAsync(await DeploymentIdAsync(id, cancellationToken), Query, cancellationToken);
        printer.Deployment(deployment);
        return 0;
    }

    /// <summary>Prints the deployment at every change until it ends; exit code 0 only when it ends successful.</summary>
    public async Task<int> WatchDeploymentAsync(string id, CancellationToken cancellationToken)
    {
        var deploymentId = await DeploymentIdAsync(id, cancellationToken);
        await foreach (var change in nomad.Deployments.WatchAsync(deploymentId, Watch, cancellationToken))
        {
            if (change.Value is not { } deployment)
            {
                continue;
            }

            printer.DeploymentChange(deployment);
            if (deployment.Status == DeploymentStatus.Successful)
            {
                return 0;
            }

            if (deployment.Status == DeploymentStatus.Failed || deployment.Status == DeploymentStatus.Cancelled)
            {
                return 1;
            }
        }

        return 1;
    }

    public async Task<int> PromoteAsync(string id, CancellationToken cancellationToken)
    {
        var deploymentId = await DeploymentIdAsync(id, cancellationToken);
        var all = options.Groups.Count == 0;
        DeploymentUpdateResponse result = await nomad.Deployments.PromoteAsync(
            deploymentId, new DeploymentPromoteOptions { All = all, Groups = all ? null : [.. options.Groups] }, cancellationToken);
        printer.Update($"Promoted the canaries of deployment {deploymentId[..8]}{(all ? "" : $" ({string.Join(", ", options.Groups)})")}", result);
        return 0;
    }

    public async Task<int> FailAsync(string id, CancellationToken cancellationToken)
    {
        var deploymentId = await DeploymentIdAsync(id, cancellationToken);
        DeploymentUpdateResponse result = await nomad.Deployments.FailAsync(deploymentId, cancellationToken: cancellationToken);
        printer.Update($"Marked deployment {deploymentId[..8]} as failed", result);
        return 0;
    }

    public async Task<int> ListAllocationsAsync(CancellationToken cancellationToken)
    {
        var allocations = new List<AllocationListStub>();
        if (options.Job is { } job)
        {
            allocations.AddRange((await nomad.Jobs.ListAllocationsAsync(job, new JobAllocationListOptions { Namespace = options.Namespace }, cancellationToken)).Value);
        }
        else
        {
            var query = new AllocationListOptions { Namespace = options.Namespace ?? "*", PerPage = options.PerPage };
            await foreach (var alloc in nomad.Allocations.ListAsync(query, cancellationToken: cancellationToken))
            {
                allocations.Add(alloc);
            }
        }

        printer.Allocations(allocations);
        return 0;
    }

    public async Task<int> GetAllocationAsync(string id, CancellationToken cancellationToken)
    {
        Allocation allocation = await nomad.Allocations.GetAsync(await AllocationIdAsync(id, cancellationToken), Query, cancellationToken);
        printer.Allocation(allocation);
        return 0;
    }

    /// <summary>Prints the allocation at every change until it is complete (exit code 0), failed or lost (1).</summary>
    public async Task<int> WatchAllocationAsync(string id, CancellationToken cancellationToken)
    {
        var allocationId = await AllocationIdAsync(id, cancellationToken);
        await foreach (var change in nomad.Allocations.WatchAsync(allocationId, Watch, cancellationToken))
        {
            if (change.Value is not { } allocation)
            {
                continue;
            }

            printer.AllocationChange(allocation);
            if (allocation.ClientStatus == AllocationClientStatus.Complete)
            {
                return 0;
            }

            if (allocation.ClientStatus == AllocationClientStatus.Failed || allocation.ClientStatus == AllocationClientStatus.Lost)
            {
                return 1;
            }
        }

        return 1;
    }

    /// <summary>
    /// Prints Nomad's event stream: every change to the subscribed topics as it happens, over one connection that the SDK
    /// reopens from the last index if it drops. Runs until Ctrl+C or --timeout.
    /// </summary>
    public async Task<int> StreamEventsAsync(CancellationToken cancellationToken)
    {
        // From --index, Nomad replays what its event buffer still holds; without it the stream starts now.
        var subscription = new NomadEventStreamOptions { Namespace = options.Namespace ?? "*", StartIndex = options.Index };
        foreach (var topic in options.Topics.DefaultIfEmpty("Deployment"))
        {
            subscription.Topics.Add(topic.Contains(':', StringComparison.Ordinal) ? topic : topic + ":*");
        }

        try
        {
            await foreach (var batch in nomad.Events.StreamAsync(subscription, cancellationToken))
            {
                foreach (var e in batch.Events)
                {
                    printer.Event(e);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or --timeout: the normal way out of a stream.
        }

        return 0;
    }

    /// <summary>Accepts a full ID or a unique prefix, as the nomad CLI does, by listing with <c>prefix</c>.</summary>
    public async Task<int> LogsAsync(string id, string? task, bool follow, bool stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await PrintLogsAsync(id, task, follow, stderr, cancellationToken);
        }
        catch (OperationCanceledException) when (follow && cancellationToken.IsCancellationRequested)
        {
            // Following ends with Ctrl+C or --timeout: that is how it is meant to stop.
            return 0;
        }
    }

    private async Task<int> PrintLogsAsync(string id, string? task, bool follow, bool stderr, CancellationToken cancellationToken)
    {
        var allocationId = await AllocationIdAsync(id, cancellationToken);
        if (task is null)
        {
            // As the nomad CLI: the task may be left out when the allocation has only one.
            Allocation allocation = await nomad.Allocations.GetAsync(allocationId, Query, cancellationToken);
            var tasks = allocation.TaskStates?.Keys.ToList() ?? [];
            task = tasks.Count == 1 ? tasks[0] : throw new ArgumentException($"Allocation {allocationId[..8]} has {tasks.Count} tasks ({string.Join(", ", tasks)}): give --task.");
        }

        // The bytes as Nomad has them (no re-encoding); followed, the stream resumes from its offset after a dropped connection.
        var logs = nomad.AllocationFiles.LogsAsync(allocationId, task, new AllocFileStreamOptions
        {
            Follow = follow,
            LogType = stderr ? AllocLogType.Stderr : AllocLogType.Stdout,
            Query = Query,
        }, cancellationToken);
        using var stdout = Console.OpenStandardOutput();
        await foreach (var chunk in logs)
        {
            await stdout.WriteAsync(chunk.Data, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
        }

        return 0;
    }

    public async Task<int> ExecAsync(string id, string task, IReadOnlyList<string> command, bool tty, CancellationToken cancellationToken)
    {
        var allocationId = await AllocationIdAsync(id, cancellationToken);
        using var stdin = Console.IsInputRedirected || tty ? Console.OpenStandardInput() : null;
        using var stdout = Console.OpenStandardOutput();
        using var stderr = Console.OpenStandardError();
        // Exec is experimental (DSDK0002, CONTRIBUTING.md "Experimental APIs"): this command opts in.
#pragma warning disable DSDK0002
        return await nomad.Allocations.ExecAsync(allocationId, task, command, new NomadExecOptions
        {
            Tty = tty,
            Stdin = stdin,
            Stdout = stdout,
            Stderr = stderr,
            Query = Query,
        }, cancellationToken);
#pragma warning restore DSDK0002
    }

    public async Task<int> AllocationStatsAsync(string id, CancellationToken cancellationToken)
    {
        AllocResourceUsage usage = await nomad.Allocations.GetStatsAsync(await AllocationIdAsync(id, cancellationToken), Query, cancellationToken);
        printer.Stats(usage);
        return 0;
    }

    private async Task<string> DeploymentIdAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length == 36)
        {
            return id;
        }

        var matches = new List<string>();
        await foreach (var d in nomad.Deployments.ListAsync(new NomadQueryOptions { Prefix = id, Namespace = options.Namespace ?? "*" }, cancellationToken))
        {
            matches.Add(d.Id!);
        }

        return Single(matches, id, "deployment");
    }

    private async Task<string> AllocationIdAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length == 36)
        {
            return id;
        }

        var matches = new List<string>();
        var query = new AllocationListOptions { Prefix = id, Namespace = options.Namespace ?? "*", IncludeTaskStates = false };
        await foreach (var a in nomad.Allocations.ListAsync(query, cancellationToken))
        {
            matches.Add(a.Id!);
        }

        return Single(matches, id, "allocation");
    }

    private static string Single(List<string> matches, string prefix, string kind) => matches switch
    {
        [var only] => only,
        [] => throw new ArgumentException($"No {kind} with ID prefix \"{prefix}\" found."),
        _ => throw new ArgumentException($"Prefix \"{prefix}\" matched {matches.Count} {kind}s; give more digits."),
    };
}
