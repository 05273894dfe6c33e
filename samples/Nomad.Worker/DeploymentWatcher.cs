using DeploymentSdk.Nomad;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Samples.Worker;

/// <summary>
/// Watches every deployment of the cluster with blocking queries and logs each one that starts or changes: one request
/// open at a time, answered by Nomad only when something changed (or after WaitTime), so it idles at no cost.
/// </summary>
public sealed class DeploymentWatcher(INomadClient nomad, IOptions<DeploymentWatcherOptions> options, ILogger<DeploymentWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var query = new NomadQueryOptions { Namespace = options.Value.Namespace, WaitTime = options.Value.WaitTime };
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One page (no PerPage), so the answer's index covers the whole list.
                await foreach (var page in nomad.Deployments.ListAsync(query, stoppingToken).AsPages())
                {
                    foreach (var d in page.Values)
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

                    query.WaitIndex = ((NomadPage<Deployment>)page).Meta.LastIndex;
                }

                if (first)
                {
                    logger.LogInformation("Watching {Count} deployments from index {Index}", seen.Count, query.WaitIndex);
                    first = false;
                }
            }
            catch (ApiException e) when (!stoppingToken.IsCancellationRequested)
            {
                // The SDK already retried transient failures; wait a little and ask again from the same index.
                logger.LogWarning("Reading deployments failed ({Kind}): {Message}", e.Kind, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
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
