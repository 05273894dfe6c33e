using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Http;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The allocations endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadAllocationsClient(NomadPipeline pipeline) : INomadAllocationsClient, INomadPipelineClient
{
    private readonly NomadPipeline _pipeline = pipeline;

    /// <summary>The pipeline and the options it was made from (the watch budget reads the connection limit there).</summary>
    public NomadPipeline Pipeline => _pipeline;

    public AsyncPageable<AllocationListStub> ListAsync(AllocationListOptions? options = null, CancellationToken cancellationToken = default)
    {
        NomadIds.RequireHexPrefix(options, nameof(options));
        var includeResources = options?.IncludeResources == true;
        var includeTaskStates = options?.IncludeTaskStates != false;
        return _pipeline.Paginate(
            "v1/allocations",
            options,
            NomadJsonContext.Default.ListAllocationListStub,
            cancellationToken,
            request =>
            {
                // Only the non-default values are sent, so the agent's defaults stay in charge otherwise.
                if (includeResources)
                {
                    request.AddQuery("resources", "true");
                }

                if (!includeTaskStates)
                {
                    request.AddQuery("task_states", "false");
                }
            });
    }

    public Task<NomadResponse<Allocation>> GetAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        return _pipeline.QueryAsync($"v1/allocation/{id}", query, NomadJsonContext.Default.Allocation, cancellationToken);
    }

    public Task<NomadResponse<AllocStopResponse>> StopAsync(
        string allocationId,
        AllocationStopOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        var noShutdownDelay = options?.NoShutdownDelay == true;
        var reschedule = options?.Reschedule == true;
        return _pipeline.WriteAsync<object, AllocStopResponse>(
            HttpMethod.Post,
            $"v1/allocation/{id}/stop",
            body: null,
            bodyTypeInfo: null,
            NomadJsonContext.Default.AllocStopResponse,
            options.WithoutIdempotencyToken(),
            cancellationToken,
            request =>
            {
                if (noShutdownDelay)
                {
                    request.AddQuery("no_shutdown_delay", "true");
                }

                if (reschedule)
                {
                    request.AddQuery("reschedule", "true");
                }
            });
    }

    public Task<NomadQueryMeta> SignalAsync(
        string allocationId,
        string signal,
        AllocationSignalOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(signal);
        var task = options?.Task;
        if (task is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(task, nameof(options));
        }

        var body = new AllocSignalRequest { Signal = signal, Task = task };
        return ClientWriteAsync(id, "signal", body, NomadJsonContext.Default.AllocSignalRequest, options, cancellationToken);
    }

    public Task<NomadQueryMeta> RestartAsync(string allocationId, AllocationRestartOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        var taskName = options?.TaskName;
        if (taskName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(taskName, nameof(options));
        }

        var body = new AllocRestartRequest { TaskName = taskName };
        return ClientWriteAsync(id, "restart", body, NomadJsonContext.Default.AllocRestartRequest, options, cancellationToken);
    }

    public Task<NomadQueryMeta> RestartAllTasksAsync(string allocationId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        var body = new AllocRestartRequest { AllTasks = true };
        return ClientWriteAsync(id, "restart", body, NomadJsonContext.Default.AllocRestartRequest, write, cancellationToken);
    }

    public Task<NomadResponse<IReadOnlyList<ServiceRegistration>>> ListServicesAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        return _pipeline.QueryListAsync($"v1/allocation/{id}/services", query, NomadJsonContext.Default.ListServiceRegistration, cancellationToken);
    }

    public async Task<NomadResponse<IReadOnlyDictionary<string, AllocCheckStatus>>> GetChecksAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        var response = await _pipeline.QueryAsync(
            $"v1/client/allocation/{id}/checks",
            query,
            NomadJsonContext.Default.DictionaryStringAllocCheckStatus,
            cancellationToken,
            whenNull: static () => []).ConfigureAwait(false);
        return new NomadResponse<IReadOnlyDictionary<string, AllocCheckStatus>>(response.Value, response.Meta);
    }

    public Task<NomadQueryMeta> PauseTaskAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        SetTaskScheduleAsync(allocationId, task, "pause", write, cancellationToken);

    public Task<NomadQueryMeta> ResumeTaskAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        SetTaskScheduleAsync(allocationId, task, "run", write, cancellationToken);

    public Task<NomadQueryMeta> ResetTaskScheduleAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        SetTaskScheduleAsync(allocationId, task, "scheduled", write, cancellationToken);

    public async Task<NomadResponse<TaskScheduleState>> GetTaskPauseStateAsync(string allocationId, string task, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        var response = await _pipeline.QueryAsync(
            $"v1/client/allocation/{id}/pause",
            query,
            NomadJsonContext.Default.AllocPauseStateResponse,
            cancellationToken,
            request => request.AddQuery("task", task)).ConfigureAwait(false);
        return new NomadResponse<TaskScheduleState>(response.Value.ScheduleState ?? TaskScheduleState.Run, response.Meta);
    }

    public Task<NomadResponse<AllocResourceUsage>> GetStatsAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        return _pipeline.QueryAsync($"v1/client/allocation/{id}/stats", query, NomadJsonContext.Default.AllocResourceUsage, cancellationToken);
    }

    public Task<NomadQueryMeta> GarbageCollectAsync(string allocationId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        return _pipeline.WriteAsync<object>(HttpMethod.Get, $"v1/client/allocation/{id}/gc", body: null, bodyTypeInfo: null, write.WithoutIdempotencyToken(), cancellationToken);
    }

    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
    public Task<int> ExecAsync(string allocationId, string task, IReadOnlyList<string> command, NomadExecOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0 || string.IsNullOrEmpty(command[0]))
        {
            throw new ArgumentException("The command needs at least a program to run.", nameof(command));
        }

        options ??= new NomadExecOptions();
        var request = new ApiRequest(HttpMethod.Get, $"v1/client/allocation/{id}/exec");
        _pipeline.ApplyQuery(request, options.Query);
        request.AddQuery("task", task);
        request.AddQuery("tty", options.Tty ? "true" : "false");
        request.AddQuery("command", JsonSerializer.Serialize(command.ToList(), NomadJsonContext.Default.ListString));
        return NomadExecSession.RunAsync(_pipeline, request, options, cancellationToken);
    }

    private Task<NomadQueryMeta> SetTaskScheduleAsync(string allocationId, string task, string scheduleState, NomadWriteOptions? write, CancellationToken cancellationToken)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        var body = new AllocPauseRequest { Task = task, ScheduleState = scheduleState };
        return ClientWriteAsync(id, "pause", body, NomadJsonContext.Default.AllocPauseRequest, write, cancellationToken);
    }

    // The /v1/client/allocation/:id/<action> writes: forwarded to the node, answered with an empty object.
    private Task<NomadQueryMeta> ClientWriteAsync<TBody>(
        string escapedId,
        string action,
        TBody body,
        JsonTypeInfo<TBody> bodyTypeInfo,
        NomadWriteOptions? write,
        CancellationToken cancellationToken) =>
        _pipeline.WriteAsync(HttpMethod.Post, $"v1/client/allocation/{escapedId}/{action}", body, bodyTypeInfo, write.WithoutIdempotencyToken(), cancellationToken);
}
