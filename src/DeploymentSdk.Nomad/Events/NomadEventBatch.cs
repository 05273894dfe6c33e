namespace DeploymentSdk.Nomad;

/// <summary>The events of one Raft index that match a subscription: one line of Nomad's event stream.</summary>
/// <remarks>Fields of the line a newer Nomad adds are kept in <see cref="ApiModel.AdditionalProperties"/>.</remarks>
public sealed class NomadEventBatch : ApiModel
{
    /// <summary>Creates a batch; the SDK creates them from the stream, tests that fake <see cref="INomadEventsClient"/> may too.</summary>
    /// <param name="index">The Raft index of the change.</param>
    /// <param name="events">The events, in the order Nomad sent them.</param>
    public NomadEventBatch(ulong index, IReadOnlyList<NomadEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Index = index;
        Events = events;
    }

    /// <summary>The Raft index of the change. Batches arrive in increasing index order, each index at most once.</summary>
    public ulong Index { get; }

    /// <summary>The events of the change that match the subscription; never empty for a batch the stream yields, except a <see cref="IsReset"/> marker.</summary>
    public IReadOnlyList<NomadEvent> Events { get; }

    /// <summary>
    /// <see langword="true"/> for the marker the stream yields when the server's index went backwards (a dev agent
    /// restarted, a cluster was rebuilt behind the same address, a snapshot was restored): <see cref="Index"/> is the
    /// lower index the server sent, <see cref="Events"/> is empty. What you derived from earlier batches may be stale:
    /// re-read the state you need. The stream then delivers the server's history again from the oldest event it
    /// buffers, in increasing index order, and goes on with new events.
    /// </summary>
    public bool IsReset { get; init; }
}
