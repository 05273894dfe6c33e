namespace DeploymentSdk.Nomad;

/// <summary>Nomad's event stream (<c>GET /v1/event/stream</c>): every change to jobs, deployments, allocations and evaluations, as it happens, over one connection.</summary>
public interface INomadEventsClient
{
    /// <summary>
    /// Subscribes to the event stream and yields each batch of events (one per Raft index) as it arrives, until
    /// <paramref name="cancellationToken"/> is cancelled or the enumeration is stopped.
    /// </summary>
    /// <param name="options">Topics, namespace and start index; <see langword="null"/> subscribes to every topic of the default namespace (needs a management token).</param>
    /// <param name="cancellationToken">Ends the stream: the connection is closed and the enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The batches, in increasing index order, each index once (until a <see cref="NomadEventBatch.IsReset"/> marker). Heartbeats are not yielded.</returns>
    /// <remarks>
    /// <para>The response is parsed line by line as it arrives; it is never buffered whole. No request timeout applies
    /// to an open stream; only a connection silent for <see cref="NomadEventStreamOptions.HeartbeatTimeout"/> is replaced.</para>
    /// <para>When the connection drops, the server restarts or answers 5xx/429, the stream reconnects from the last index
    /// it yielded, waiting <see cref="NomadEventStreamOptions.MinReconnectDelay"/> doubling up to
    /// <see cref="NomadEventStreamOptions.MaxReconnectDelay"/>; Nomad replays that index, and every batch at or below it is
    /// dropped, so no batch is lost or repeated while Nomad still buffers it.</para>
    /// <para>When the server's index goes backwards (a batch below the last index that is not a replay of one of the last
    /// 16 batches delivered: a dev agent restarted, a cluster rebuilt behind the same address, a snapshot restore), the
    /// stream yields a marker batch with <see cref="NomadEventBatch.IsReset"/> and no events, then reads the server's
    /// history again from the oldest event it buffers and goes on; nothing the server holds is skipped.</para>
    /// <para>A line that cannot be read (bad JSON, invalid UTF-8, longer than <see cref="ApiClientOptions.MaxResponseBytes"/>)
    /// closes the connection and the stream resumes from the last index; the same failure again without progress ends
    /// the enumeration with an <see cref="ApiException"/> of kind <see cref="ApiErrorKind.InvalidResponse"/>.</para>
    /// <para>When Nomad ends the subscription because the token expired or lost its permission (it closes the stream; older
    /// servers add the reason as text), the enumeration throws a <see cref="NomadApiException"/> with
    /// <see cref="ApiErrorKind.Unauthorized"/> or <see cref="ApiErrorKind.PermissionDenied"/> instead of reconnecting
    /// again and again. Other 4xx answers are thrown at once as well. With a <see cref="ApiClientOptions.TokenProvider"/>,
    /// whose token may have rotated under the open stream, the stream first reconnects once (asking the provider again);
    /// the same closure again before the new subscription stayed up (two frames) is thrown.</para>
    /// <para>Every delay of the stream (reconnect backoff, <c>Retry-After</c>) and its heartbeat timeout run on the
    /// <see cref="TimeProvider"/> registered in the service collection (<see cref="TimeProvider.System"/> when none is, and
    /// for <c>NomadClient.Create</c>).</para>
    /// </remarks>
    /// <exception cref="ArgumentException">A topic filter is malformed, or a delay or timeout is out of range; thrown before any request.</exception>
    /// <example>
    /// <code>
    /// var options = new NomadEventStreamOptions { Namespace = "apps" }.AddTopic(NomadEventTopic.Deployment, "web");
    /// await foreach (var batch in nomad.Events.StreamAsync(options, stoppingToken))
    ///     foreach (var e in batch.Events)
    ///         Console.WriteLine($"{batch.Index} {e.Topic} {e.Type} {e.Key}");
    /// </code>
    /// </example>
    /// <exception cref="NomadApiException">Nomad answered with an error, the connection to it failed, or no answer came within the request timeout; <see cref="ApiException.Kind"/> tells which (<see cref="ApiErrorKind.NotFound"/>, <see cref="ApiErrorKind.Transport"/>, …).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    IAsyncEnumerable<NomadEventBatch> StreamAsync(NomadEventStreamOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a follower: one event-stream subscription that delivers the events of a changing set of objects
    /// (deployments, allocations, jobs…), instead of one blocking query per object.
    /// </summary>
    /// <param name="options">The subscription, e.g. <c>Topics = { "Deployment" }</c>; events are then kept when their key or a filter key is followed.</param>
    /// <returns>The follower; add IDs with <see cref="NomadEventFollower.Follow(string)"/> and read with <see cref="NomadEventFollower.ReadAllAsync(CancellationToken)"/>.</returns>
    /// <exception cref="ArgumentException">The options are invalid, as for <see cref="StreamAsync"/>.</exception>
    /// <example>
    /// <code>
    /// var follower = nomad.Events.CreateFollower(new NomadEventStreamOptions().AddTopic(NomadEventTopic.Deployment));
    /// follower.Follow(deploymentId);
    /// await foreach (var e in follower.ReadAllAsync(cancellationToken))
    ///     Console.WriteLine($"{e.Key}: {e.Type} {e.Deployment?.Status}");
    /// </code>
    /// </example>
    NomadEventFollower CreateFollower(NomadEventStreamOptions options);
}
