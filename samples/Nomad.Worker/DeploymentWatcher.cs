using DeploymentSdk.Nomad;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Samples.Worker;

/// <summary>
/// Watches every deployment of the cluster and logs each one that starts or changes. The watch is a stream of blocking
/// queries: one request open at a time, answered by Nomad only when something changed (or after WaitTime), so it idles
/// at no cost; it rides out leader elections and restarts, backing off while the server fails.
/// </summary>
public sealed class DeploymentWatcher(INomadClient nomad, IOptions<DeploymentWatcherOptions> options, ILogger<DeploymentWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watch = new NomadWatchOptions
        {
            Query = new NomadQueryOptions { Namespace = options.Value.Namespace },
            WaitTime = options.Value.WaitTime,
            OnTransientError = (e, retryIn) => logger.LogWarning("Reading deployments failed, retrying in {Delay}: {Message}", retryIn, e.Message),
        };
        var seen = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var first = true;
        await foreach (var answer in nomad.Deployments.WatchListAsync(watch, stoppingToken))
        {
            foreach (var d in answer.Value)
            {
                if (seen.TryGetValue(d.Id!, out var modified) && modified == d.ModifyIndex)
                {
                    continue;
                }

                seen[d.Id!] = d.ModifyIndex ?? 0;
                if (!first || d.Status == DeploymentStatus.Running)
                {
                    Log(d);
                }
            }

            if (first)
            {
                logger.LogInformation("Watching {Count} deployments from index {Index}. Press Ctrl+C to stop.", seen.Count, answer.LastIndex);
                first = false;
            }
        }
    }

    private void Log(Deployment d)
    {
        var groups = string.Join("; ", (d.TaskGroups ?? new Dictionary<string, DeploymentState>()).Select(g =>
            $"{g.Key} {g.Value.HealthyAllocs}/{g.Value.DesiredTotal} healthy" +
            (g.Value.DesiredCanaries > 0 ? $", canaries {g.Value.PlacedCanaries?.Count ?? 0}/{g.Value.DesiredCanaries}{(g.Value.Promoted == true ? " promoted" : "")}" : "") +
            (g.Value.UnhealthyAllocs > 0 ? $", {g.Value.UnhealthyAllocs} unhealthy" : "")));
        var level = d.Status == DeploymentStatus.Failed ? LogLevel.Warning : LogLevel.Information;
        logger.Log(level, "Deployment {Id} of {Job} v{Version}: {Status} ({Groups}) {Description}",
            d.Id![..8], d.JobId, d.JobVersion, d.Status, groups, d.StatusDescription);
    }
}
