using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DeploymentSdk.Nomad.Events;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Follows many Nomad objects over one event-stream subscription: a service tracking a thousand deployments holds one
/// connection instead of a thousand blocking queries. Create it with <see cref="INomadEventsClient.CreateFollower"/>.
/// </summary>
/// <remarks>
/// <para>An event is delivered when its <see cref="NomadEvent.Key"/> or one of its <see cref="NomadEvent.FilterKeys"/> is
/// followed: follow a deployment ID to get its <c>Deployment</c> events (and, when subscribed to <c>Allocation</c>, its
/// allocations' events); follow a job ID to get every event that names the job. Events of objects nobody follows are
/// skipped without decoding their payload.</para>
/// <para><see cref="Follow"/> and <see cref="Unfollow"/> may be called from any thread while <see cref="ReadAllAsync"/>
/// runs; they take effect from the next batch. The stream reconnects as <see cref="INomadEventsClient.StreamAsync"/> does.</para>
/// </remarks>
/// <example>
/// <code>
/// var follower = nomad.Events.CreateFollower(new NomadEventStreamOptions { Namespace = "*" }.AddTopic(NomadEventTopic.Deployment));
/// foreach (var id in deploymentIds) follower.Follow(id);
/// await foreach (var e in follower.ReadAllAsync(stoppingToken))
///     Console.WriteLine($"{e.Key}: {e.Type}");
/// </code>
/// </example>
public sealed class NomadEventFollower
{
    private readonly NomadEventsClient _client;
    private readonly NomadEventStreamSettings _settings;
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);
    private readonly NomadEventFilter _filter;
    private ulong _lastIndex;

    internal NomadEventFollower(NomadEventsClient client, NomadEventStreamSettings settings)
    {
        _client = client;
        _settings = settings;
        _filter = IsFollowed;
    }

    /// <summary>How many IDs are followed.</summary>
    public int Count => _ids.Count;

    /// <summary>
    /// The index of the last batch read to its end, including batches with no followed event; a later
    /// <see cref="ReadAllAsync"/> continues after it. A batch left in the middle counts as unread, so its events come again
    /// (at least once, never skipped).
    /// </summary>
    public ulong LastIndex => Volatile.Read(ref _lastIndex);

    /// <summary>Starts following an object, job or deployment ID.</summary>
    /// <param name="id">The ID to match against each event's key and filter keys.</param>
    /// <returns><see langword="true"/> if the ID was not followed yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    public bool Follow(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return _ids.TryAdd(id, 0);
    }

    /// <summary>Stops following an ID, for example when its deployment reached a terminal status.</summary>
    /// <param name="id">The ID.</param>
    /// <returns><see langword="true"/> if the ID was followed.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    public bool Unfollow(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return _ids.TryRemove(id, out _);
    }

    /// <summary>Whether an ID is followed.</summary>
    /// <param name="id">The ID.</param>
    /// <returns><see langword="true"/> if it is followed.</returns>
    public bool IsFollowing(string id) => id is not null && _ids.ContainsKey(id);

    /// <summary>
    /// Subscribes and yields the events of followed IDs as they arrive, in index order, until
    /// <paramref name="cancellationToken"/> is cancelled or the enumeration is stopped. Starts after <see cref="LastIndex"/>
    /// when a previous enumeration read anything, otherwise at <see cref="NomadEventStreamOptions.StartIndex"/>.
    /// </summary>
    /// <param name="cancellationToken">Ends the stream; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The followed objects' events.</returns>
    /// <remarks>When the server's index goes backwards (a restarted dev agent, a rebuilt cluster, a snapshot restore) an
    /// event with <see cref="NomadEventTopic.StreamReset"/> is yielded, whatever is followed: re-read the state of what you
    /// follow. The server's buffered history is then delivered again from its oldest event, and new events follow.</remarks>
    /// <exception cref="NomadApiException">Nomad refused or ended the subscription (token expired or lacking permission), or answered another 4xx.</exception>
    public async IAsyncEnumerable<NomadEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = LastIndex;
        var settings = last > 0 ? _settings.WithStartIndex(last + 1) : _settings;
        await foreach (var batch in _client.ReadBatchesAsync(settings, _filter, includeEmpty: true, cancellationToken).ConfigureAwait(false))
        {
            if (batch.IsReset)
            {
                yield return new NomadEvent(NomadEventTopic.StreamReset, "StreamReset", string.Empty, null, [], batch.Index, "null"u8.ToArray());
            }

            foreach (var e in batch.Events)
            {
                yield return e;
            }

            Volatile.Write(ref _lastIndex, batch.Index);
        }
    }

    private bool IsFollowed(NomadEventTopic topic, string key, IReadOnlyList<string> filterKeys)
    {
        if (_ids.ContainsKey(key))
        {
            return true;
        }

        foreach (var filterKey in filterKeys)
        {
            if (_ids.ContainsKey(filterKey))
            {
                return true;
            }
        }

        return false;
    }
}
