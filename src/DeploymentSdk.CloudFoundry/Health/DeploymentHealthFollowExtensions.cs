using System.Globalization;
using System.Text;
using System.Text.Json;
using DeploymentSdk.CloudFoundry.Resources;
using DeploymentSdk.Polling;

namespace DeploymentSdk.CloudFoundry;

/// <summary>Follows a deployment to its end while watching its app's instances, and explains a failure with the crashes.</summary>
public static class DeploymentHealthFollowExtensions
{
    /// <summary>The most processes read per poll; an app has a handful.</summary>
    private const int MaxProcesses = 100;

    /// <summary>
    /// Reads the deployment, the app's processes and each process's stats until the deployment is finalized, pauses
    /// (see <see cref="DeploymentHealthFollowOptions.ReturnWhenPaused"/>) or the deadline passes. Reports each change of
    /// status or instance counts; when the deployment does not end deployed, the result lists the crashed instances
    /// and, when <paramref name="auditEvents"/> is given, the app's crash events since the deployment was created.
    /// </summary>
    /// <param name="deployments">The deployments client.</param>
    /// <param name="guid">The deployment GUID.</param>
    /// <param name="processes">The processes client, for the instance stats.</param>
    /// <param name="auditEvents">The audit events client, for crash reasons and exit descriptions; null reads none.</param>
    /// <param name="options">Deadline, poll intervals and progress; null uses the defaults.</param>
    /// <param name="cancellationToken">Stops following with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The outcome, the deployment and health as last read, and the crashes.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is not a GUID, or an option is out of range.</exception>
    /// <exception cref="CloudFoundryApiException">Reading the deployment or the process list failed. Stats that cannot be read (503) make the health incomplete instead.</exception>
    /// <example>
    /// <code>
    /// var result = await cf.Deployments.FollowWithHealthAsync(deployment.Guid!, cf.Processes, cf.AuditEvents, new()
    /// {
    ///     Progress = new Progress&lt;DeploymentHealthProgress&gt;(p => Console.WriteLine($"{p.Deployment.Status?.Reason} {p.Health}")),
    /// });
    /// foreach (var crash in result.Crashes)
    /// {
    ///     Console.WriteLine(crash);
    /// }
    /// </code>
    /// </example>
    public static async Task<DeploymentHealthFollowResult> FollowWithHealthAsync(
        this ICloudFoundryDeploymentsClient deployments,
        string guid,
        ICloudFoundryProcessesClient processes,
        ICloudFoundryAuditEventsClient? auditEvents,
        DeploymentHealthFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        ArgumentNullException.ThrowIfNull(processes);
        CloudFoundryQuery.Guid(guid, nameof(guid));
        options ??= new DeploymentHealthFollowOptions();
        Validate(options);

        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var backoff = new ExponentialBackoff(options.InitialPollInterval, options.MaxPollInterval);
        string? lastKey = null;
        while (true)
        {
            var deployment = await deployments.GetAsync(guid, cancellationToken).ConfigureAwait(false);
            var health = await ReadHealthAsync(processes, deployment, cancellationToken).ConfigureAwait(false);
            var key = KeyOf(deployment, health);
            if (key != lastKey)
            {
                lastKey = key;
                backoff.Reset();
                options.Progress?.Report(new DeploymentHealthProgress(deployment, health));
            }

            var outcome = DeploymentFollowExtensions.OutcomeOf(deployment, options.ReturnWhenPaused);
            if (outcome is null && options.Timeout is { } timeout && time.GetElapsedTime(started) >= timeout)
            {
                outcome = DeploymentFollowOutcome.TimedOut;
            }

            if (outcome is { } end)
            {
                var crashes = await CrashesAsync(auditEvents, deployment, health, end, options.MaxCrashEvents, cancellationToken).ConfigureAwait(false);
                return new DeploymentHealthFollowResult(end, deployment, health, crashes);
            }

            var delay = backoff.Next();
            if (options.Timeout is { } limit)
            {
                var remaining = limit - time.GetElapsedTime(started);
                delay = remaining < delay ? remaining : delay;
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Follows with the facade's clients (processes and audit events); see
    /// <see cref="FollowWithHealthAsync(ICloudFoundryDeploymentsClient, string, ICloudFoundryProcessesClient, ICloudFoundryAuditEventsClient?, DeploymentHealthFollowOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="client">The Cloud Foundry clients.</param>
    /// <param name="guid">The deployment GUID.</param>
    /// <param name="options">Deadline, poll intervals and progress; null uses the defaults.</param>
    /// <param name="cancellationToken">Stops following with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The outcome, the deployment and health as last read, and the crashes.</returns>
    /// <exception cref="ArgumentException"><paramref name="guid"/> is not a GUID, or an option is out of range.</exception>
    /// <exception cref="CloudFoundryApiException">Reading the deployment or the process list failed.</exception>
    /// <example>
    /// <code>
    /// var result = await cf.FollowDeploymentAsync(deployment.Guid!);
    /// </code>
    /// </example>
    public static Task<DeploymentHealthFollowResult> FollowDeploymentAsync(
        this CloudFoundryClient client,
        string guid,
        DeploymentHealthFollowOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Deployments.FollowWithHealthAsync(guid, client.Processes, client.AuditEvents, options, cancellationToken);
    }

    private static void Validate(DeploymentHealthFollowOptions options)
    {
        if (options.InitialPollInterval <= TimeSpan.Zero || options.MaxPollInterval < options.InitialPollInterval)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), "DeploymentHealthFollowOptions.InitialPollInterval must be positive and not above MaxPollInterval.");
        }

        if (options.Timeout is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), limit, "DeploymentHealthFollowOptions.Timeout must be positive, or null for none.");
        }

        if (options.MaxCrashEvents is < 0 or > CloudFoundryQuery.MaxPerPage)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.MaxCrashEvents, $"DeploymentHealthFollowOptions.MaxCrashEvents must be between 0 and {CloudFoundryQuery.MaxPerPage}.");
        }
    }

    private static async Task<DeploymentHealth> ReadHealthAsync(
        ICloudFoundryProcessesClient processes, Deployment deployment, CancellationToken cancellationToken)
    {
        var appGuid = deployment.Relationships?.App?.Data?.Guid;
        if (!CloudFoundryQuery.IsGuidLike(appGuid))
        {
            return new DeploymentHealth([], isComplete: false);
        }

        var newProcesses = new HashSet<string>(
            deployment.NewProcesses?.Select(process => process.Guid).OfType<string>() ?? [], StringComparer.Ordinal);
        var result = new List<ProcessHealth>();
        var complete = true;

        // One bounded page: an app has a handful of processes, and a poll must not grow without limit.
        await foreach (var page in processes.ListForAppAsync(appGuid!, new ProcessListOptions { PerPage = MaxProcesses }, cancellationToken)
            .AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var process in page.Values)
            {
                if (!CloudFoundryQuery.IsGuidLike(process.Guid))
                {
                    complete = false;
                    continue;
                }

                try
                {
                    var stats = await processes.GetStatsAsync(process.Guid!, cancellationToken).ConfigureAwait(false);
                    result.Add(new ProcessHealth(process, stats, newProcesses.Contains(process.Guid!)));
                }
                catch (ApiException exception) when (exception.Kind is ApiErrorKind.ServerError or ApiErrorKind.Transport or ApiErrorKind.Timeout or ApiErrorKind.NotFound)
                {
                    // Stats are answered by the instance backend, which can be briefly unreachable (503); a process
                    // replaced mid-deployment is gone (404). Neither ends following: the next poll reads again.
                    complete = false;
                }
            }

            complete &= page.ContinuationToken is null;
            break;
        }

        return new DeploymentHealth(result, complete);
    }

    private static async Task<IReadOnlyList<InstanceCrash>> CrashesAsync(
        ICloudFoundryAuditEventsClient? auditEvents,
        Deployment deployment,
        DeploymentHealth health,
        DeploymentFollowOutcome outcome,
        int maxEvents,
        CancellationToken cancellationToken)
    {
        var crashes = new List<InstanceCrash>();
        foreach (var process in health.Processes)
        {
            foreach (var instance in process.Instances)
            {
                if (instance.State == ProcessInstanceState.Crashed)
                {
                    crashes.Add(new InstanceCrash
                    {
                        ProcessType = instance.Type ?? process.Type,
                        ProcessGuid = process.ProcessGuid,
                        Index = instance.Index,
                        InstanceGuid = instance.InstanceGuid,
                        Details = instance.Details,
                        Source = InstanceCrashSource.ProcessStats,
                    });
                }
            }
        }

        var appGuid = deployment.Relationships?.App?.Data?.Guid;
        if (outcome == DeploymentFollowOutcome.Deployed || auditEvents is null || maxEvents == 0 || !CloudFoundryQuery.IsGuidLike(appGuid))
        {
            return crashes;
        }

        var list = auditEvents.ListAsync(
            new AuditEventListOptions
            {
                Types = [CloudFoundryAuditEventsClient.ProcessCrash],
                TargetGuids = [appGuid!],
                CreatedAtOrAfter = deployment.CreatedAt,
                OrderBy = ResourceOrder.CreatedAtDescending,
                PerPage = maxEvents,
            },
            cancellationToken);
        await foreach (var page in list.AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            crashes.AddRange(page.Values.Select(CrashOf));
            break;
        }

        return crashes;
    }

    private static InstanceCrash CrashOf(AuditEvent crash)
    {
        var data = crash.Data;
        return new InstanceCrash
        {
            // The crash is recorded with the process as actor (its type as the actor's name).
            ProcessType = crash.Actor?.Name,
            ProcessGuid = crash.Actor?.Guid,
            Index = Number(data, "index"),
            InstanceGuid = Text(data, "instance"),
            Reason = Text(data, "reason"),
            ExitDescription = Text(data, "exit_description"),
            CrashedAt = crash.CreatedAt,
            Source = InstanceCrashSource.AuditEvent,
        };
    }

    private static string? Text(IDictionary<string, JsonElement>? data, string name) =>
        data is not null && data.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(IDictionary<string, JsonElement>? data, string name) =>
        data is not null && data.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;


    /// <summary>What counts as a change worth reporting: status, canary step, error, and each process's counts.</summary>
    private static string KeyOf(Deployment deployment, DeploymentHealth health)
    {
        var key = new StringBuilder();
        key.Append(deployment.Status?.Value?.Value).Append('|')
            .Append(deployment.Status?.Reason?.Value).Append('|')
            .Append(deployment.Status?.Canary?.Steps?.Current?.ToString(CultureInfo.InvariantCulture)).Append('|')
            .Append(deployment.Status?.Details?.Error).Append('|')
            .Append(health.IsComplete);
        foreach (var process in health.Processes)
        {
            key.Append('|').Append(process.ProcessGuid).Append(':')
                .Append(process.Running).Append('/').Append(process.Starting).Append('/')
                .Append(process.Crashed).Append('/').Append(process.Other);
        }

        return key.ToString();
    }
}
