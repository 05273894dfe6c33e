using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using DeploymentSdk.Http;

namespace DeploymentSdk.Diagnostics;

/// <summary>
/// A provider's <see cref="ActivitySource"/> and <see cref="Meter"/> (both named after its package, e.g.
/// <c>DeploymentSdk.Nomad</c>) and the instruments every provider records: one span and one duration measurement per
/// operation, retries, active watches and event streams, reconnects.
/// </summary>
/// <remarks>
/// Instrument names follow the OpenTelemetry conventions (dot-separated, unit in <c>unit</c>, <c>error.type</c> on
/// failure). With no listener attached nothing is allocated: every recording checks <see cref="ActivitySource.HasListeners"/>
/// or <see cref="Instrument.Enabled"/> first.
/// </remarks>
internal sealed class ApiTelemetry
{
    /// <summary>The operation duration histogram, in seconds.</summary>
    public const string OperationDurationName = "deploymentsdk.client.operation.duration";

    /// <summary>Retries of a request by the SDK's retry handler.</summary>
    public const string RetriesName = "deploymentsdk.client.retries";

    /// <summary>Watches (blocking-query loops) running now.</summary>
    public const string ActiveWatchesName = "deploymentsdk.client.active_watches";

    /// <summary>Event streams open now.</summary>
    public const string ActiveStreamsName = "deploymentsdk.client.active_event_streams";

    /// <summary>Reconnects of watches and event streams after a failure.</summary>
    public const string ReconnectsName = "deploymentsdk.client.reconnects";

    /// <param name="packageName">The package, and the name of the source and meter: <c>DeploymentSdk.Nomad</c>.</param>
    /// <param name="system">The platform's name in span names and the <c>deploymentsdk.system</c> tag: <c>nomad</c>.</param>
    /// <param name="typePrefix">The prefix of the provider's client types, dropped from operation names: <c>Nomad</c>.</param>
    public ApiTelemetry(string packageName, string system, string typePrefix)
    {
        System = system;
        TypePrefix = typePrefix;
        var version = typeof(ApiTelemetry).Assembly.GetName().Version?.ToString();
        Source = new ActivitySource(packageName, version);
        Meter = new Meter(packageName, version);
        OperationDuration = Meter.CreateHistogram<double>(
            OperationDurationName,
            unit: "s",
            description: "How long an operation took, all retries included; tagged with its name and outcome.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300] });
        Retries = Meter.CreateCounter<long>(RetriesName, unit: "{retry}", description: "Requests sent again after a transient failure.");
        ActiveWatches = Meter.CreateUpDownCounter<long>(ActiveWatchesName, unit: "{watch}", description: "Watches running now.");
        ActiveStreams = Meter.CreateUpDownCounter<long>(ActiveStreamsName, unit: "{stream}", description: "Event streams open now.");
        Reconnects = Meter.CreateCounter<long>(ReconnectsName, unit: "{reconnect}", description: "Watches and event streams resumed after a failure.");
    }

    // Bounded by the SDK's own call sites (the keys are compile-time constants of its client methods).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string? File, string? Member), string> _operationNames = new();

    /// <summary>The platform's name, e.g. <c>nomad</c>.</summary>
    public string System { get; }

    /// <summary>The prefix of the provider's client type names.</summary>
    public string TypePrefix { get; }

    public ActivitySource Source { get; }

    public Meter Meter { get; }

    public Histogram<double> OperationDuration { get; }

    public Counter<long> Retries { get; }

    public UpDownCounter<long> ActiveWatches { get; }

    public UpDownCounter<long> ActiveStreams { get; }

    public Counter<long> Reconnects { get; }

    /// <summary>Query parameters copied to span tags (parameter → tag), e.g. Nomad's <c>namespace</c> → <c>nomad.namespace</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> TaggedQuery { get; init; } = [];

    /// <summary>Adds the platform's identifiers found in a request (a job ID in the path) to its span.</summary>
    public Action<ApiRequest, Activity>? TagRequest { get; init; }

    /// <summary>Adds what an answer's headers say (Nomad's Raft index) to the span.</summary>
    public Action<HttpResponseHeaders, Activity>? TagResponse { get; init; }

    /// <summary>
    /// The operation name, <c>{system}.{resource}.{action}</c>: from the client's file (<c>NomadJobsClient.cs</c> → jobs)
    /// and method (<c>GetAllocationsAsync</c> → get_allocations).
    /// </summary>
    /// <remarks>Computed once per calling file and method: a call site names the same operation every time.</remarks>
    public string OperationName(string? callerFile, string? callerMember) =>
        _operationNames.TryGetValue((callerFile, callerMember), out var name)
            ? name
            : _operationNames.GetOrAdd((callerFile, callerMember), static (key, self) => self.ComputeOperationName(key.File, key.Member), this);

    private string ComputeOperationName(string? callerFile, string? callerMember)
    {
        // Split on both separators: a file path compiled on Windows has backslashes.
        var file = callerFile ?? string.Empty;
        var resource = file[(file.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = resource.IndexOf('.', StringComparison.Ordinal);
        resource = dot >= 0 ? resource[..dot] : resource;
        if (resource.StartsWith(TypePrefix, StringComparison.Ordinal))
        {
            resource = resource[TypePrefix.Length..];
        }

        if (resource.EndsWith("Client", StringComparison.Ordinal))
        {
            resource = resource[..^"Client".Length];
        }

        var action = callerMember ?? "call";
        if (action.EndsWith("Async", StringComparison.Ordinal))
        {
            action = action[..^"Async".Length];
        }

        return $"{System}.{SnakeCase(resource.Length == 0 ? "api" : resource)}.{SnakeCase(action)}";
    }

    /// <summary>Starts the operation's span, or returns null when nobody listens.</summary>
    public Activity? StartOperation(ApiRequest request)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(request.Operation ?? $"{System}.api.call", ActivityKind.Client);
        if (activity is null || !activity.IsAllDataRequested)
        {
            return activity;
        }

        activity.SetTag("deploymentsdk.system", System);
        activity.SetTag("http.request.method", request.Method.Method);
        foreach (var (parameter, value) in request.Query)
        {
            foreach (var (name, tag) in TaggedQuery)
            {
                if (string.Equals(name, parameter, StringComparison.Ordinal))
                {
                    activity.SetTag(tag, value);
                }
            }
        }

        TagRequest?.Invoke(request, activity);
        return activity;
    }

    /// <summary>Records the end of an operation: the span's outcome and the duration measurement.</summary>
    public void EndOperation(Activity? activity, ApiRequest request, long startTimestamp, int status, HttpResponseHeaders? headers, Exception? error)
    {
        var errorType = error switch
        {
            null => null,
            ApiException api => api.Kind.ToString(),
            OperationCanceledException => "Canceled",
            TimeoutException => "Timeout",
            _ => error.GetType().Name,
        };
        if (activity is not null)
        {
            if (status > 0)
            {
                activity.SetTag("http.response.status_code", status);
            }

            if (headers is not null && activity.IsAllDataRequested)
            {
                TagResponse?.Invoke(headers, activity);
            }

            if (errorType is not null)
            {
                activity.SetTag("error.type", errorType);
                activity.SetStatus(ActivityStatusCode.Error);
            }

            activity.Dispose();
        }

        if (startTimestamp != 0 && OperationDuration.Enabled)
        {
            var tags = new TagList
            {
                { "deploymentsdk.operation", request.Operation ?? $"{System}.api.call" },
                { "deploymentsdk.outcome", errorType is null ? "success" : "failure" },
            };
            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            OperationDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
        }
    }

    /// <summary>Counts a watch as running until the returned object is disposed: <c>using var active = telemetry.TrackWatch();</c>.</summary>
    public IDisposable TrackWatch() => new Active(ActiveWatches, System);

    /// <summary>Counts an event stream as open until the returned object is disposed.</summary>
    public IDisposable TrackStream() => new Active(ActiveStreams, System);

    /// <summary>Counts a watch's read asked again after a transient failure (the watch's own retry, outside the HTTP retries).</summary>
    public void CountWatchRetry()
    {
        if (Retries.Enabled)
        {
            Retries.Add(1, new KeyValuePair<string, object?>("deploymentsdk.system", System), new KeyValuePair<string, object?>("deploymentsdk.retry.source", "watch"));
        }
    }

    /// <summary>Counts a watch or stream connecting again after it dropped; <paramref name="what"/> is <c>watch</c> or <c>event_stream</c>.</summary>
    public void CountReconnect(string what)
    {
        if (Reconnects.Enabled)
        {
            Reconnects.Add(1, new KeyValuePair<string, object?>("deploymentsdk.system", System), new KeyValuePair<string, object?>("deploymentsdk.connection", what));
        }
    }

    /// <summary>A timestamp to measure from, or 0 when the duration is not recorded.</summary>
    public long StartTimestamp() => OperationDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>+1 on an up-down counter now, -1 when disposed (once).</summary>
    private sealed class Active : IDisposable
    {
        private readonly UpDownCounter<long> _counter;
        private readonly string _system;
        private int _disposed;

        public Active(UpDownCounter<long> counter, string system)
        {
            _counter = counter;
            _system = system;
            _counter.Add(1, new KeyValuePair<string, object?>("deploymentsdk.system", system));
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _counter.Add(-1, new KeyValuePair<string, object?>("deploymentsdk.system", _system));
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
