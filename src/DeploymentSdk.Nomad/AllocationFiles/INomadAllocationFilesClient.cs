namespace DeploymentSdk.Nomad;

/// <summary>
/// An allocation's file system and its tasks' logs (<c>/v1/client/fs/*</c>): listings, stat, files as streams, and logs
/// read once or followed. Nomad forwards these requests to the client node that runs the allocation.
/// </summary>
/// <remarks>
/// Reading needs the <c>read-fs</c> capability (files) or <c>read-logs</c> (logs) in the namespace; without it Nomad answers 403
/// (<see cref="ApiErrorKind.PermissionDenied"/>). A node that is down answers with a server error.
/// </remarks>
public interface INomadAllocationFilesClient
{
    /// <summary>Lists a directory of the allocation (<c>GET /v1/client/fs/ls/:alloc_id?path=</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="path">The directory, relative to the allocation directory, for example <c>/</c> or <c>alloc/logs</c>.</param>
    /// <param name="query">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The directory's entries.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="NomadApiException">Nomad refused (403 without <c>read-fs</c>, 404 for a missing path) or the node is unreachable.</exception>
    /// <example>
    /// <code>
    /// foreach (var file in (await nomad.AllocationFiles.ListDirectoryAsync(allocId, "alloc/logs")).Value)
    ///     Console.WriteLine($"{file.Name} {file.Size}");
    /// </code>
    /// </example>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<IReadOnlyList<AllocFileInfo>>> ListDirectoryAsync(string allocationId, string path, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a file's or directory's metadata (<c>GET /v1/client/fs/stat/:alloc_id?path=</c>).</summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="path">The path, relative to the allocation directory.</param>
    /// <param name="query">Region and namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The file's metadata.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="NomadApiException">Nomad refused or the node is unreachable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<NomadResponse<AllocFileInfo>> StatAsync(string allocationId, string path, NomadQueryOptions? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a file for reading, whole (<c>GET /v1/client/fs/cat/:alloc_id</c>) or a range of it (<c>/readat</c> with
    /// <c>offset</c> and <c>limit</c>). The stream reads from the network as it is read; dispose it when done.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="path">The file, relative to the allocation directory.</param>
    /// <param name="options">The range; <see langword="null"/> for the whole file.</param>
    /// <param name="cancellationToken">Cancels opening (reads take their own token).</param>
    /// <returns>The file's bytes, as a stream.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID, <paramref name="path"/> is empty, or the range is negative.</exception>
    /// <exception cref="NomadApiException">Nomad refused or the node is unreachable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Stream> OpenReadAsync(string allocationId, string path, AllocFileReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams a file (<c>GET /v1/client/fs/stream/:alloc_id</c>) as chunks, optionally following it as it grows. A dropped
    /// connection is resumed after the last byte received, so nothing is lost or repeated.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="path">The file, relative to the allocation directory.</param>
    /// <param name="options">Origin, offset, follow, reconnects.</param>
    /// <param name="cancellationToken">Ends the stream and closes its connection.</param>
    /// <returns>The chunks: data, truncation and deletion events. Heartbeats are not yielded.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID, <paramref name="path"/> is empty, or an option is out of range.</exception>
    /// <exception cref="NomadApiException">Nomad refused, or reconnecting failed more than <see cref="AllocFileStreamOptions.MaxReconnects"/> times in a row.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    IAsyncEnumerable<AllocFileChunk> StreamAsync(string allocationId, string path, AllocFileStreamOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a task's log, standard output or standard error (<c>GET /v1/client/fs/logs/:alloc_id?task=&amp;type=</c>),
    /// across its rotated files, optionally following it. A dropped framed stream is resumed after the last byte received.
    /// </summary>
    /// <param name="allocationId">The allocation's full UUID.</param>
    /// <param name="task">The task's name.</param>
    /// <param name="options">Log type, origin, offset, follow, plain, reconnects.</param>
    /// <param name="cancellationToken">Ends the stream and closes its connection.</param>
    /// <returns>The chunks of the log. Use <see cref="AllocFileChunkExtensions.ReadLinesAsync(IAsyncEnumerable{AllocFileChunk}, CancellationToken)"/> for lines.</returns>
    /// <exception cref="ArgumentException"><paramref name="allocationId"/> is not a full UUID, <paramref name="task"/> is empty, or an option is out of range.</exception>
    /// <exception cref="NomadApiException">Nomad refused (403 without <c>read-logs</c>, 404 for an unknown task or a log not written yet) or the node is unreachable.</exception>
    /// <example>
    /// <code>
    /// var options = new AllocFileStreamOptions { LogType = AllocLogType.Stderr, Follow = true };
    /// await foreach (var line in nomad.AllocationFiles.LogsAsync(allocId, "web", options, ct).ReadLinesAsync(cancellationToken: ct))
    ///     Console.WriteLine(line);
    /// </code>
    /// </example>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    IAsyncEnumerable<AllocFileChunk> LogsAsync(string allocationId, string task, AllocFileStreamOptions? options = null, CancellationToken cancellationToken = default);
}
