using System.Globalization;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Assembles a <see cref="NomadDeploymentDiagnosis"/> from reads that may each fail on their own: a read that fails
/// (a node down, a 403, a 404 for a collected allocation) becomes a note and the rest goes on. Only the caller's
/// cancellation stops it.
/// </summary>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
internal sealed class DeploymentDiagnoser(INomadClient nomad, NomadDiagnosisOptions options)
{
    private readonly List<string> _problems = [];

    public static bool IsFailure(NomadDeploymentOutcome outcome) => outcome is NomadDeploymentOutcome.Failed
        or NomadDeploymentOutcome.AutoReverted
        or NomadDeploymentOutcome.Blocked
        or NomadDeploymentOutcome.EvaluationFailed
        or NomadDeploymentOutcome.DeadlineExceeded;

    public async Task<NomadDeploymentDiagnosis> DiagnoseAsync(
        Deployment? deployment,
        Evaluation? evaluation,
        NomadDeploymentOutcome? outcome,
        CancellationToken cancellationToken)
    {
        var deploymentId = deployment?.Id ?? (string.IsNullOrEmpty(evaluation?.DeploymentId) ? null : evaluation.DeploymentId);
        IReadOnlyList<NomadAllocationDiagnosis> allocations = [];
        if (deploymentId is not null)
        {
            var stubs = await TryAsync(
                $"allocations of deployment {deploymentId}",
                async () => (await nomad.Deployments.ListAllocationsAsync(deploymentId, options.Query, cancellationToken).ConfigureAwait(false)).Value,
                cancellationToken).ConfigureAwait(false);
            allocations = await DiagnoseAllocationsAsync(stubs ?? [], null, includeLogs: options.IncludeLogs, cancellationToken).ConfigureAwait(false);
        }

        var placements = await PlacementFailuresAsync(deployment, evaluation, cancellationToken).ConfigureAwait(false);
        return new NomadDeploymentDiagnosis
        {
            DeploymentId = deploymentId,
            EvaluationId = evaluation?.Id,
            Outcome = outcome,
            StatusDescription = deployment?.StatusDescription ?? evaluation?.StatusDescription,
            Allocations = allocations,
            PlacementFailures = placements,
            Problems = [.. _problems],
        };
    }

    /// <summary>Explains the failed or unhealthy allocations among <paramref name="stubs"/> that are not in <paramref name="skip"/>.</summary>
    public async Task<IReadOnlyList<NomadAllocationDiagnosis>> DiagnoseAllocationsAsync(
        IReadOnlyList<AllocationListStub> stubs,
        ISet<string>? skip,
        bool includeLogs,
        CancellationToken cancellationToken)
    {
        var failing = stubs
            .Where(a => a.Id is not null && (skip is null || !skip.Contains(a.Id)) && IsFailing(a))
            .OrderByDescending(a => a.ModifyIndex ?? 0)
            .Take(options.MaxAllocations)
            .ToList();
        var result = new List<NomadAllocationDiagnosis>(failing.Count);
        foreach (var alloc in failing)
        {
            result.Add(await DiagnoseAllocationAsync(alloc, includeLogs, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    internal static bool IsFailing(AllocationListStub alloc) =>
        alloc.ClientStatus == AllocationClientStatus.Failed
        || alloc.ClientStatus == AllocationClientStatus.Lost
        || alloc.DeploymentStatus?.Healthy == false
        || (alloc.TaskStates?.Values.Any(t => t.Failed == true) ?? false);

    private async Task<NomadAllocationDiagnosis> DiagnoseAllocationAsync(AllocationListStub alloc, bool includeLogs, CancellationToken cancellationToken)
    {
        var id = alloc.Id!;
        var states = alloc.TaskStates ?? new Dictionary<string, TaskState>();
        var tasks = states.Select(s => DiagnoseTask(s.Key, s.Value)).ToList();
        var notable = tasks.Where(t => t.Failed || t.Events.Count > 0 || t.ExitCode is not null and not 0).ToList();
        if (notable.Count == 0)
        {
            notable = tasks;
        }

        if (includeLogs)
        {
            for (var i = 0; i < notable.Count; i++)
            {
                notable[i] = await WithLogsAsync(id, notable[i], cancellationToken).ConfigureAwait(false);
            }
        }

        IReadOnlyList<AllocCheckStatus> checks = [];
        string? checksError = null;
        try
        {
            var read = (await nomad.Allocations.GetChecksAsync(id, options.Query, cancellationToken).ConfigureAwait(false)).Value;
            checks = read.Values.Where(c => !string.Equals(c.Status, "success", StringComparison.OrdinalIgnoreCase)).ToList();
        }
        catch (NomadApiException e) when (e.Kind == ApiErrorKind.NotFound)
        {
            // A terminal allocation's client may have collected it; it has no checks to show.
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            checksError = Reason(e);
        }

        return new NomadAllocationDiagnosis
        {
            AllocationId = id,
            Name = alloc.Name,
            TaskGroup = alloc.TaskGroup,
            NodeId = alloc.NodeId,
            NodeName = alloc.NodeName,
            ClientStatus = alloc.ClientStatus,
            ClientDescription = alloc.ClientDescription,
            Healthy = alloc.DeploymentStatus?.Healthy,
            Tasks = notable,
            FailingChecks = checks,
            ChecksError = checksError,
        };
    }

    private NomadTaskDiagnosis DiagnoseTask(string name, TaskState state)
    {
        var events = state.Events ?? [];
        var decisive = events.Where(IsDecisive).TakeLast(options.MaxEvents).ToList();
        var exit = events.LastOrDefault(e => e.Type == TaskEventType.Terminated);
        var driver = events.LastOrDefault(e => e.Type == TaskEventType.DriverFailure);
        return new NomadTaskDiagnosis
        {
            Task = name,
            State = state.State,
            Failed = state.Failed == true,
            Restarts = state.Restarts ?? 0,
            ExitCode = exit?.ExitCode ?? ParseInt(exit, "exit_code"),
            Signal = exit?.Signal ?? ParseInt(exit, "signal"),
            OomKilled = exit?.Details?.TryGetValue("oom_killed", out var oom) == true && string.Equals(oom, "true", StringComparison.OrdinalIgnoreCase),
            RestartsExceeded = events.Any(e => e.Type == TaskEventType.NotRestarting),
            DriverError = driver is null ? null : driver.DriverError ?? driver.DisplayMessage ?? driver.Message,
            Events = decisive,
        };
    }

    private static int? ParseInt(TaskEvent? e, string key) =>
        e?.Details?.TryGetValue(key, out var text) == true && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsDecisive(TaskEvent e) =>
        e.FailsTask == true
        || e.Type == TaskEventType.SetupFailure
        || e.Type == TaskEventType.DriverFailure
        || e.Type == TaskEventType.FailedValidation
        || e.Type == TaskEventType.Terminated
        || e.Type == TaskEventType.NotRestarting
        || e.Type == TaskEventType.Restarting
        || e.Type == TaskEventType.FailedArtifactDownload
        || e.Type == TaskEventType.DiskResourcesExceeded
        || e.Type == TaskEventType.SiblingTaskFailed
        || e.Type == TaskEventType.TaskHookFailed
        || e.Type == TaskEventType.FailedRestoringTask
        || (e.Type == TaskEventType.Killing && !string.IsNullOrEmpty(e.KillReason))
        || e.Type?.Value?.Contains("nhealthy", StringComparison.Ordinal) == true;

    private async Task<NomadTaskDiagnosis> WithLogsAsync(string allocationId, NomadTaskDiagnosis task, CancellationToken cancellationToken)
    {
        string? error = null;
        var stderr = await TailAsync(allocationId, task.Task, AllocLogType.Stderr, cancellationToken).ConfigureAwait(false);
        error = stderr.Error;
        IReadOnlyList<string>? stdout = null;
        if (options.IncludeStdout && error is null)
        {
            var read = await TailAsync(allocationId, task.Task, AllocLogType.Stdout, cancellationToken).ConfigureAwait(false);
            stdout = read.Lines;
            error = read.Error;
        }

        return new NomadTaskDiagnosis
        {
            Task = task.Task,
            State = task.State,
            Failed = task.Failed,
            Restarts = task.Restarts,
            ExitCode = task.ExitCode,
            Signal = task.Signal,
            OomKilled = task.OomKilled,
            RestartsExceeded = task.RestartsExceeded,
            DriverError = task.DriverError,
            Events = task.Events,
            StderrTail = stderr.Lines,
            StdoutTail = stdout,
            LogsError = error,
        };
    }

    private async Task<(IReadOnlyList<string>? Lines, string? Error)> TailAsync(string allocationId, string task, AllocLogType type, CancellationToken cancellationToken)
    {
        // The last MaxLogBytes of the log, read once (no follow): the read is bounded whatever the log's size.
        var streamOptions = new AllocFileStreamOptions
        {
            LogType = type,
            Origin = AllocFileOrigin.End,
            Offset = options.MaxLogBytes,
            MaxReconnects = 0,
            Query = options.Query,
        };
        var lines = new Queue<string>(options.LogLines + 1);
        try
        {
            var chunks = nomad.AllocationFiles.LogsAsync(allocationId, task, streamOptions, cancellationToken);
            await foreach (var line in chunks.ReadLinesAsync(options.MaxLogBytes, cancellationToken).ConfigureAwait(false))
            {
                lines.Enqueue(line);
                if (lines.Count > options.LogLines)
                {
                    lines.Dequeue();
                }
            }

            return (lines.ToList(), null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{type} of task \"{task}\": {Reason(e)}");
        }
    }

    private async Task<IReadOnlyList<NomadPlacementFailure>> PlacementFailuresAsync(Deployment? deployment, Evaluation? evaluation, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, AllocationMetric>? failed = evaluation?.FailedTGAllocs is { Count: > 0 } direct
            ? direct.ToDictionary(p => p.Key, p => p.Value)
            : null;
        if (failed is null && deployment?.JobId is { Length: > 0 } jobId)
        {
            // Following a deployment alone: the job's evaluations since the deployment began say what could not be placed.
            var evaluations = await TryAsync(
                $"evaluations of job {jobId}",
                async () => (await nomad.Jobs.ListEvaluationsAsync(jobId, options.Query, cancellationToken).ConfigureAwait(false)).Value,
                cancellationToken).ConfigureAwait(false);
            failed = (evaluations ?? [])
                .Where(e => e.FailedTGAllocs is { Count: > 0 } && (e.CreateIndex ?? 0) >= (deployment.CreateIndex ?? 0))
                .OrderByDescending(e => e.ModifyIndex ?? 0)
                .SelectMany(e => e.FailedTGAllocs!)
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        }

        return (failed ?? new Dictionary<string, AllocationMetric>())
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new NomadPlacementFailure { TaskGroup = p.Key, Metric = p.Value })
            .ToList();
    }

    private async Task<T?> TryAsync<T>(string what, Func<Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _problems.Add($"{what}: {Reason(e)}");
            return null;
        }
    }

    internal static string Reason(Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ");
        if (message.Length > 300)
        {
            message = message[..300] + "…";
        }

        return e is ApiException api ? $"{api.Kind}: {message}" : message;
    }
}
