using System.Globalization;
using System.Runtime.CompilerServices;
using DeploymentSdk.Http;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The allocation file system endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadAllocationFilesClient(NomadPipeline pipeline) : INomadAllocationFilesClient
{
    private const int PlainReadSize = 64 * 1024;

    private readonly NomadPipeline _pipeline = pipeline;

    public Task<NomadResponse<IReadOnlyList<AllocFileInfo>>> ListDirectoryAsync(string allocationId, string path, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ListCoreAsync(id, path, query, cancellationToken);
    }

    public Task<NomadResponse<AllocFileInfo>> StatAsync(string allocationId, string path, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrEmpty(path);
        return _pipeline.QueryAsync($"v1/client/fs/stat/{id}", query, NomadJsonContext.Default.AllocFileInfo, cancellationToken, request => request.AddQuery("path", path));
    }

    public Task<Stream> OpenReadAsync(string allocationId, string path, AllocFileReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (options?.Offset is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Offset, "AllocFileReadOptions.Offset must be 0 or more.");
        }

        if (options?.Limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Limit, "AllocFileReadOptions.Limit must be more than 0.");
        }

        var ranged = options?.Offset is not null || options?.Limit is not null;
        var request = new ApiRequest(HttpMethod.Get, ranged ? $"v1/client/fs/readat/{id}" : $"v1/client/fs/cat/{id}");
        _pipeline.ApplyQuery(request, options?.Query);
        request.AddQuery("path", path);
        if (ranged)
        {
            request.AddQuery("offset", (options!.Offset ?? 0).ToString(CultureInfo.InvariantCulture));
            // readat needs a limit; without one, as much as the file can hold.
            request.AddQuery("limit", (options.Limit ?? long.MaxValue).ToString(CultureInfo.InvariantCulture));
        }

        return OpenBodyAsync(request, cancellationToken);
    }

    public IAsyncEnumerable<AllocFileChunk> StreamAsync(string allocationId, string path, AllocFileStreamOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new AllocFileStreamOptions();
        options.Validate(nameof(options));
        if (options.Plain)
        {
            throw new ArgumentException("AllocFileStreamOptions.Plain applies to logs only; /v1/client/fs/stream always sends frames.", nameof(options));
        }

        return FollowFramesAsync(
            (resume, _) =>
            {
                var request = StreamRequest($"v1/client/fs/stream/{id}", options, resume?.Offset);
                request.AddQuery("path", path);
                return Task.FromResult(request);
            },
            options,
            cancellationToken);
    }

    public IAsyncEnumerable<AllocFileChunk> LogsAsync(string allocationId, string task, AllocFileStreamOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = NomadIds.PathUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        options ??= new AllocFileStreamOptions();
        options.Validate(nameof(options));
        var type = options.LogType ?? AllocLogType.Stdout;
        ArgumentException.ThrowIfNullOrWhiteSpace(type.Value, nameof(options));

        ApiRequest Build(long? resumeAt)
        {
            var request = StreamRequest($"v1/client/fs/logs/{id}", options, resumeAt);
            request.AddQuery("task", task);
            request.AddQuery("type", type.Value);
            if (options.Plain)
            {
                request.AddQuery("plain", "true");
            }

            return request;
        }

        if (options.Plain)
        {
            return PlainAsync(Build(null), cancellationToken);
        }

        return FollowFramesAsync(
            async (resume, token) =>
            {
                if (resume is null)
                {
                    return Build(null);
                }

                // A log is several rotated files (task.type.0, .1, …) and the logs endpoint counts its offset across
                // them; the frames carry the offset within one file, so add the sizes of the files before it.
                var position = resume.Value.Offset;
                var prefix = $"{task}.{type.Value}.";
                var current = LogIndex(resume.Value.File, prefix);
                var files = (await ListCoreAsync(id, "alloc/logs", options.Query, token).ConfigureAwait(false)).Value;
                foreach (var file in files)
                {
                    if (file.IsDir != true && LogIndex(file.Name, prefix) is { } index && index < current)
                    {
                        position += file.Size ?? 0;
                    }
                }

                return Build(position);
            },
            options,
            cancellationToken);
    }

    private async Task<NomadResponse<IReadOnlyList<AllocFileInfo>>> ListCoreAsync(string escapedId, string path, NomadQueryOptions? query, CancellationToken cancellationToken)
    {
        var response = await _pipeline.QueryAsync(
            $"v1/client/fs/ls/{escapedId}",
            query,
            NomadJsonContext.Default.ListAllocFileInfo,
            cancellationToken,
            request => request.AddQuery("path", path),
            whenNull: static () => []).ConfigureAwait(false);
        return new NomadResponse<IReadOnlyList<AllocFileInfo>>(response.Value, response.Meta);
    }

    private static long? LogIndex(string? file, string prefix)
    {
        if (file is null)
        {
            return null;
        }

        var name = file[(file.LastIndexOf('/') + 1)..];
        return name.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }

    private ApiRequest StreamRequest(string path, AllocFileStreamOptions options, long? resumeAt)
    {
        var request = new ApiRequest(HttpMethod.Get, path);
        _pipeline.ApplyQuery(request, options.Query);
        if (options.Follow)
        {
            request.AddQuery("follow", "true");
        }

        // A resumed request counts from the start, at the byte after the last one received.
        var fromEnd = resumeAt is null && options.Origin == AllocFileOrigin.End;
        request.AddQuery("origin", fromEnd ? "end" : "start");
        request.AddQuery("offset", (resumeAt ?? options.Offset).ToString(CultureInfo.InvariantCulture));
        request.IsLongPoll = true;
        request.Timeout = _pipeline.Options.RequestTimeout;
        return request;
    }

    private async Task<Stream> OpenBodyAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        request.IsLongPoll = true;
        request.Timeout = _pipeline.Options.RequestTimeout;
        var response = await _pipeline.OpenStreamAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return new ResponseStream(response, await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async IAsyncEnumerable<AllocFileChunk> PlainAsync(ApiRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var body = await OpenBodyAsync(request, cancellationToken).ConfigureAwait(false);
        await using var owned = body.ConfigureAwait(false);
        var buffer = new byte[PlainReadSize];
        using var registration = cancellationToken.Register(static state => ((IDisposable)state!).Dispose(), body);
        while (true)
        {
            var read = await ReadPlainAsync(body, buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                yield break;
            }

            yield return new AllocFileChunk { Data = buffer.AsSpan(0, read).ToArray() };
        }
    }

    private static async ValueTask<int> ReadPlainAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>
    /// Reads frames, reconnecting after a dropped connection (a transport error, a cut frame, silence beyond the idle
    /// timeout) from the byte after the last one received, at most <see cref="AllocFileStreamOptions.MaxReconnects"/> times in a row.
    /// </summary>
    private async IAsyncEnumerable<AllocFileChunk> FollowFramesAsync(
        Func<(string? File, long Offset)?, CancellationToken, Task<ApiRequest>> buildRequest,
        AllocFileStreamOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        (string? File, long Offset)? resume = null;
        var failures = 0;
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            HttpResponseMessage? response = null;
            Exception? dropped = null;
            try
            {
                var request = await buildRequest(resume, cancellationToken).ConfigureAwait(false);
                response = await _pipeline.OpenStreamAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && failures < options.MaxReconnects && !cancellationToken.IsCancellationRequested)
            {
                dropped = e;
            }

            if (response is not null)
            {
                using (response)
                {
                    var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    using var reader = new StreamFrameReader(body);
                    while (true)
                    {
                        StreamFrame? frame;
                        try
                        {
                            if (options.IdleTimeout != Timeout.InfiniteTimeSpan)
                            {
                                idle.CancelAfter(options.IdleTimeout);
                            }

                            frame = await reader.ReadAsync(idle.Token).ConfigureAwait(false);
                        }
                        catch (Exception e) when (!cancellationToken.IsCancellationRequested && failures < options.MaxReconnects && (IsTransient(e) || e is OperationCanceledException))
                        {
                            dropped = e;
                            break;
                        }

                        if (frame is null)
                        {
                            yield break; // Nomad ended the stream: the file was read, deleted, or the task stopped
                        }

                        var chunk = ToChunk(frame);
                        if (chunk is null)
                        {
                            continue; // a heartbeat
                        }

                        failures = 0;
                        if (frame.Offset is { } offset)
                        {
                            resume = (frame.File, offset);
                        }

                        yield return chunk;
                    }
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (dropped is null)
            {
                yield break;
            }

            failures++;
            // A short, growing pause: a node that restarts is not hammered, a blip costs little.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 100 * (1 << Math.Min(failures, 6)))), cancellationToken).ConfigureAwait(false);
        }
    }

    private static AllocFileChunk? ToChunk(StreamFrame frame)
    {
        var hasData = frame.Data is { Length: > 0 };
        var hasEvent = !string.IsNullOrEmpty(frame.FileEvent);
        if (!hasData && !hasEvent)
        {
            return null;
        }

        return new AllocFileChunk
        {
            Data = frame.Data ?? [],
            File = frame.File,
            Offset = frame.Offset,
            Event = hasEvent ? new AllocFileEvent(frame.FileEvent!) : null,
        };
    }

    private static bool IsTransient(Exception e) => e switch
    {
        ApiException api => api.Kind is ApiErrorKind.ServerError or ApiErrorKind.Transport or ApiErrorKind.Timeout or ApiErrorKind.RateLimited,
        HttpRequestException or IOException => true,
        _ => false,
    };
}
