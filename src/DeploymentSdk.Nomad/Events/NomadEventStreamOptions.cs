using System.Globalization;

namespace DeploymentSdk.Nomad;

/// <summary>What to subscribe to on Nomad's event stream (<c>GET /v1/event/stream</c>) and how to keep the subscription alive.</summary>
/// <remarks>
/// <para>Defaults: no <see cref="Topics"/> (Nomad sends every topic, which needs a management token);
/// <see cref="Namespace"/> and <see cref="Region"/> from <see cref="NomadClientOptions"/>; <see cref="StartIndex"/> unset
/// (Nomad starts at the oldest event it still buffers); <see cref="HeartbeatTimeout"/> 90 s;
/// <see cref="MinReconnectDelay"/> 1 s; <see cref="MaxReconnectDelay"/> 30 s.</para>
/// <para>Nomad sends a <c>{}</c> heartbeat when the subscription starts and every 30 s after, so a connection silent for
/// <see cref="HeartbeatTimeout"/> is dead (a server that vanished without closing it) and is replaced. That is the only
/// timer on an open stream: no request timeout cuts it.</para>
/// </remarks>
public sealed class NomadEventStreamOptions
{
    /// <summary>
    /// Topic filters, each <c>Topic</c> or <c>Topic:Key</c>, sent as repeated <c>topic</c> parameters: <c>Job:example</c>
    /// (one job), <c>Deployment:*</c> or <c>Deployment</c> (every deployment), <c>Allocation:web</c> (allocations whose ID,
    /// job ID or deployment ID is <c>web</c>). Empty subscribes to every topic, which needs a management token.
    /// </summary>
    public IList<string> Topics { get; } = new List<string>();

    /// <summary>The namespace whose events to receive; <c>*</c> for all the token may read. Overrides <see cref="NomadClientOptions.Namespace"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary>The region to subscribe in; overrides <see cref="NomadClientOptions.Region"/>.</summary>
    public string? Region { get; set; }

    /// <summary>
    /// The Raft index to start at: events at this index and after are delivered. To resume after a batch you have
    /// processed, pass its <see cref="NomadEventBatch.Index"/> + 1. Unset or 0: Nomad starts at the oldest event it still
    /// buffers; an index older than its buffer starts at the oldest one it has.
    /// </summary>
    public ulong? StartIndex { get; set; }

    /// <summary>How long a connection may stay silent (not even a heartbeat) before it is replaced; <see cref="Timeout.InfiniteTimeSpan"/> never. Default 90 s (three heartbeats).</summary>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>The first delay before reconnecting after the connection drops or the server fails; it doubles (with jitter) up to <see cref="MaxReconnectDelay"/>. Default 1 s.</summary>
    public TimeSpan MinReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between reconnection attempts. Default 30 s.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Adds the topic filter <c>Topic:Key</c>.</summary>
    /// <param name="topic">The topic, e.g. <see cref="NomadEventTopic.Deployment"/>.</param>
    /// <param name="key">The key: an object ID or a filter key such as a job ID; <c>*</c> (the default) for all.</param>
    /// <returns>These options, for chaining.</returns>
    public NomadEventStreamOptions AddTopic(NomadEventTopic topic, string key = "*")
    {
        Topics.Add(string.Concat(topic.Value, ":", key));
        return this;
    }

    /// <summary>Checks the options before any request; the exception names the option and what to change.</summary>
    internal void Validate(string paramName)
    {
        foreach (var topic in Topics)
        {
            var parts = topic?.Split(':') ?? [];
            if (parts.Length is < 1 or > 2 || parts.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException(
                    $"NomadEventStreamOptions.Topics has '{topic}'; each entry must be 'Topic' or 'Topic:Key' with one colon and no empty part, e.g. 'Deployment:*'.",
                    paramName);
            }
        }

        if (HeartbeatTimeout <= TimeSpan.Zero && HeartbeatTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(paramName, HeartbeatTimeout, "NomadEventStreamOptions.HeartbeatTimeout must be positive (Nomad heartbeats every 30 s), or Timeout.InfiniteTimeSpan.");
        }

        if (MinReconnectDelay <= TimeSpan.Zero || MaxReconnectDelay < MinReconnectDelay)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"{MinReconnectDelay}..{MaxReconnectDelay}"),
                "NomadEventStreamOptions.MinReconnectDelay must be positive and not above MaxReconnectDelay.");
        }
    }
}
