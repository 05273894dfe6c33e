namespace DeploymentSdk.Nomad;

/// <summary>Nomad's allocations endpoints: list, read, stop, signal, restart, services, checks and task pause (<c>/v1/allocations</c>, <c>/v1/allocation/…</c>, <c>/v1/client/allocation/…</c>).</summary>
/// <remarks>
/// Allocation IDs must be full UUIDs and a list prefix an even number of hex digits; other values throw
/// <see cref="ArgumentException"/> before anything is sent. The <c>/v1/client/…</c> calls are forwarded by the agent to
/// the node running the allocation. None of these writes is deduplicated by Nomad, so
/// <see cref="NomadWriteOptions.IdempotencyToken"/> is not sent and they are never retried.
/// </remarks>
public interface INomadAllocationsClient
{
    /// <summary>Lists allocations (<c>GET /v1/allocations</c>), page by page as it is enumerated.</summary>
    /// <param name="options">Namespace (<c>*</c> for all), ID prefix (even-length hex), filter, page size, blocking options, and whether to include resources (<see cref="AllocationListOptions.IncludeResources"/>) and task states (<see cref="AllocationListOptions.IncludeTaskStates"/>).</param>
    /// <param name="cancellationToken">Stops the enumeration; combined with the token given to the enumeration itself.</param>
    /// <returns>The allocations; <see cref="AsyncPageable{T}.AsPages"/> gives the pages with their <see cref="NomadQueryMeta"/>.</returns>
    /// <exception cref="ArgumentException"><see cref="NomadQueryOptions.Prefix"/> is not an even number of hex digits.</exception>
    AsyncPageable<AllocationListStub> ListAsync(AllocationListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one allocation with its job, resources and task states (<c>GET /v1/allocation/:id</c>); a blocking read when <see cref="NomadQueryOptions.WaitIndex"/> is set.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="query">Region, namespace and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The allocation and the answer's metadata.</returns>
    /// <exception cref="NomadApiException">Nomad answered an error; <see cref="ApiErrorKind.NotFound"/> for an unknown allocation.</exception>
    Task<NomadResponse<Allocation>> GetAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Stops an allocation (<c>POST /v1/allocation/:id/stop</c>); the scheduler places a replacement as the job requires.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="options">Region, namespace, <see cref="AllocationStopOptions.NoShutdownDelay"/> and <see cref="AllocationStopOptions.Reschedule"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created by the stop.</returns>
    Task<NomadResponse<AllocStopResponse>> StopAsync(
        string allocationId,
        AllocationStopOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Sends a signal to every task of an allocation, or to one task (<c>POST /v1/client/allocation/:id/signal</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="signal">The signal's name, for example <c>SIGHUP</c>.</param>
    /// <param name="options">Region, namespace, and the <see cref="AllocationSignalOptions.Task"/> to signal (every task when null).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="signal"/> is empty, or <see cref="AllocationSignalOptions.Task"/> is empty but not null.</exception>
    Task<NomadQueryMeta> SignalAsync(
        string allocationId,
        string signal,
        AllocationSignalOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Restarts tasks in place (<c>POST /v1/client/allocation/:id/restart</c>): one task, or with <see cref="AllocationRestartOptions.TaskName"/>
    /// <see langword="null"/> the tasks that are running.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="options">Region, namespace, and the <see cref="AllocationRestartOptions.TaskName"/> to restart (the running tasks when null).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    Task<NomadQueryMeta> RestartAsync(string allocationId, AllocationRestartOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Restarts every task of an allocation in lifecycle order, whatever its state, including prestart and poststop tasks
    /// (<c>POST /v1/client/allocation/:id/restart</c> with <c>AllTasks: true</c>).
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    Task<NomadQueryMeta> RestartAllTasksAsync(string allocationId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the services the allocation registered with Nomad's service discovery (<c>GET /v1/allocation/:id/services</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="query">Region, namespace and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The service registrations and the answer's metadata.</returns>
    Task<NomadResponse<IReadOnlyList<ServiceRegistration>>> ListServicesAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the latest results of the allocation's Nomad service checks (<c>GET /v1/client/allocation/:id/checks</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="query">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The results by check ID.</returns>
    Task<NomadResponse<IReadOnlyDictionary<string, AllocCheckStatus>>> GetChecksAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pauses a task until <see cref="ResumeTaskAsync"/> or <see cref="ResetTaskScheduleAsync"/>
    /// (<c>POST /v1/client/allocation/:id/pause</c> with <c>ScheduleState: "pause"</c>). Tasks with a <c>schedule</c> block; Nomad Enterprise.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    Task<NomadQueryMeta> PauseTaskAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a task outside its schedule until <see cref="ResetTaskScheduleAsync"/> (<c>ScheduleState: "run"</c>). Nomad Enterprise.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    Task<NomadQueryMeta> ResumeTaskAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Drops a pause or run override so the task follows its schedule again (<c>ScheduleState: "scheduled"</c>). Nomad Enterprise.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    Task<NomadQueryMeta> ResetTaskScheduleAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Reads where a task stands against its schedule (<c>GET /v1/client/allocation/:id/pause?task=</c>). Nomad Enterprise.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task.</param>
    /// <param name="query">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The task's schedule state; <see cref="TaskScheduleState.Run"/> when it runs normally.</returns>
    Task<NomadResponse<TaskScheduleState>> GetTaskPauseStateAsync(string allocationId, string task, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);
}
