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
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <example>
    /// <code>
    /// var running = new AllocationListOptions { Filter = "ClientStatus == \"running\"", PerPage = 100 };
    /// await foreach (var allocation in nomad.Allocations.ListAsync(running, cancellationToken))
    ///     Console.WriteLine($"{allocation.Name} on {allocation.NodeName}");
    /// </code>
    /// </example>
    AsyncPageable<AllocationListStub> ListAsync(AllocationListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one allocation with its job, resources and task states (<c>GET /v1/allocation/:id</c>); a blocking read when <see cref="NomadQueryOptions.WaitIndex"/> is set.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="query">Region, namespace and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The allocation and the answer's metadata.</returns>
    /// <exception cref="NomadApiException">Nomad answered an error; <see cref="ApiErrorKind.NotFound"/> for an unknown allocation.</exception>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<Allocation>> GetAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Stops an allocation (<c>POST /v1/allocation/:id/stop</c>); the scheduler places a replacement as the job requires.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="options">Region, namespace, <see cref="AllocationStopOptions.NoShutdownDelay"/> and <see cref="AllocationStopOptions.Reschedule"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The evaluation created by the stop.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
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
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
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
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadQueryMeta> RestartAsync(string allocationId, AllocationRestartOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Restarts every task of an allocation in lifecycle order, whatever its state, including prestart and poststop tasks
    /// (<c>POST /v1/client/allocation/:id/restart</c> with <c>AllTasks: true</c>).
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadQueryMeta> RestartAllTasksAsync(string allocationId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the services the allocation registered with Nomad's service discovery (<c>GET /v1/allocation/:id/services</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="query">Region, namespace and blocking options.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The service registrations and the answer's metadata.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<ServiceRegistration>>> ListServicesAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the latest results of the allocation's Nomad service checks (<c>GET /v1/client/allocation/:id/checks</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="query">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The results by check ID.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
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
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadQueryMeta> PauseTaskAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a task outside its schedule until <see cref="ResetTaskScheduleAsync"/> (<c>ScheduleState: "run"</c>). Nomad Enterprise.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadQueryMeta> ResumeTaskAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Drops a pause or run override so the task follows its schedule again (<c>ScheduleState: "scheduled"</c>). Nomad Enterprise.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadQueryMeta> ResetTaskScheduleAsync(string allocationId, string task, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>Reads where a task stands against its schedule (<c>GET /v1/client/allocation/:id/pause?task=</c>). Nomad Enterprise.</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task.</param>
    /// <param name="query">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The task's schedule state; <see cref="TaskScheduleState.Run"/> when it runs normally.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or not valid; <see cref="ArgumentException.ParamName"/> names it, and nothing was sent.</exception>
    /// <exception cref="NomadApiException">Nomad answered with an error, or the connection to it failed; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<TaskScheduleState>> GetTaskPauseStateAsync(string allocationId, string task, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads an allocation's resource usage, per task, from its client (<c>GET /v1/client/allocation/:id/stats</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="query">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Memory and CPU usage of the allocation and of each task.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID.</exception>
    /// <exception cref="NomadApiException">Nomad refused (403 without <c>read-job</c>), the allocation is unknown, or its node is unreachable.</exception>
    /// <example>
    /// <code>
    /// var stats = (await nomad.Allocations.GetStatsAsync(allocId)).Value;
    /// foreach (var (task, usage) in stats.Tasks ?? new Dictionary&lt;string, TaskResourceUsage&gt;())
    ///     Console.WriteLine($"{task}: {usage.ResourceUsage?.MemoryStats?.RSS} bytes, {usage.ResourceUsage?.CpuStats?.Percent:F1}% CPU");
    /// </code>
    /// </example>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<AllocResourceUsage>> GetStatsAsync(string allocationId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the allocation's client to garbage-collect a terminal allocation now: its directory and resources are freed
    /// (<c>GET /v1/client/allocation/:id/gc</c>, as Nomad's Go client sends it).
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="write">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata of the answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID.</exception>
    /// <exception cref="NomadApiException">Nomad refused (403 without <c>node:write</c>), or the allocation is unknown to its client.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadQueryMeta> GarbageCollectAsync(string allocationId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a command in a task of a running allocation and waits for it to exit (<c>/v1/client/allocation/:id/exec</c> over
    /// a WebSocket): standard input is sent from <see cref="NomadExecOptions.Stdin"/>, output written to
    /// <see cref="NomadExecOptions.Stdout"/> and <see cref="NomadExecOptions.Stderr"/>, terminal sizes sent with a TTY.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task to run the command in.</param>
    /// <param name="command">The command and its arguments, for example <c>["/bin/sh", "-c", "ls"]</c>.</param>
    /// <param name="options">Streams, TTY, terminal sizes, namespace.</param>
    /// <param name="cancellationToken">Ends the session and drops its connection.</param>
    /// <returns>The command's exit code.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID, <paramref name="task"/> is empty, or <paramref name="command"/> is empty.</exception>
    /// <exception cref="NomadApiException">Nomad refused the connection (403 without <c>alloc-exec</c>, 404 for an unknown allocation or task).</exception>
    /// <exception cref="IOException">The connection ended before the command exited.</exception>
    /// <example>
    /// <code>
    /// var exitCode = await nomad.Allocations.ExecAsync(allocId, "web", ["cat", "/etc/hostname"],
    ///     new NomadExecOptions { Stdout = Console.OpenStandardOutput() });
    /// </code>
    /// </example>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
    Task<int> ExecAsync(string allocationId, string task, IReadOnlyList<string> command, NomadExecOptions? options = null, CancellationToken cancellationToken = default);
}
