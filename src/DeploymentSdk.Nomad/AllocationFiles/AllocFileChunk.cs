namespace DeploymentSdk.Nomad;

/// <summary>
/// A piece of a streamed file or log: data, or an event (truncation, deletion). The data is the chunk's own copy, so
/// chunks may be kept; memory stays bounded because each chunk holds at most one frame of Nomad's (64 KiB).
/// </summary>
public sealed class AllocFileChunk
{
    /// <summary>The bytes read; empty for an event.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>
    /// The file the data came from, relative to the allocation directory (for logs, the rotated file such as
    /// <c>alloc/logs/web.stderr.0</c>); <see langword="null"/> with <c>plain=true</c>.
    /// </summary>
    public string? File { get; init; }

    /// <summary>The offset in <see cref="File"/> just after <see cref="Data"/>; <see langword="null"/> with <c>plain=true</c>.</summary>
    public long? Offset { get; init; }

    /// <summary>A truncation or deletion of <see cref="File"/>; <see langword="null"/> for data.</summary>
    public AllocFileEvent? Event { get; init; }
}
