namespace DeploymentSdk.Nomad;

/// <summary>How <see cref="INomadAllocationFilesClient.StreamAsync"/> and <see cref="INomadAllocationFilesClient.LogsAsync"/> read.</summary>
/// <remarks>
/// Defaults: from the start (<see cref="AllocFileOrigin.Start"/>, offset 0), no follow, framed encoding, up to 5
/// reconnects in a row after a dropped connection, one minute without a byte (Nomad sends a heartbeat every second or so)
/// counted as a dropped connection.
/// </remarks>
public sealed class AllocFileStreamOptions
{
    /// <summary>Where <see cref="Offset"/> counts from.</summary>
    public AllocFileOrigin Origin { get; set; } = AllocFileOrigin.Start;

    /// <summary>The offset in bytes from <see cref="Origin"/>; 0 or more.</summary>
    public long Offset { get; set; }

    /// <summary>Keep the stream open and receive data as it is written (<c>follow=true</c>).</summary>
    public bool Follow { get; set; }

    /// <summary>
    /// For logs: ask for the raw bytes (<c>plain=true</c>) instead of Nomad's frames. Plain chunks carry no file or offset,
    /// so a dropped connection cannot be resumed and ends the stream with its error.
    /// </summary>
    public bool Plain { get; set; }

    /// <summary>For logs: standard output (default) or standard error.</summary>
    public AllocLogType? LogType { get; set; }

    /// <summary>How many reconnects in a row may follow a dropped connection (each resumes after the last byte received); 0 turns resuming off.</summary>
    public int MaxReconnects { get; set; } = 5;

    /// <summary>How long the stream may stay silent before it counts as dropped; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Region and namespace.</summary>
    public NomadQueryOptions? Query { get; set; }

    internal void Validate(string paramName)
    {
        if (Offset < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, Offset, "AllocFileStreamOptions.Offset must be 0 or more.");
        }

        if (MaxReconnects < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxReconnects, "AllocFileStreamOptions.MaxReconnects must be 0 or more.");
        }

        if (IdleTimeout <= TimeSpan.Zero && IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(paramName, IdleTimeout, "AllocFileStreamOptions.IdleTimeout must be positive or infinite.");
        }
    }
}
