// Cloud Foundry v3 deployments: list an app's deployments, follow the active one, then start a canary deployment,
// continue it when it pauses, and follow it to DEPLOYED. Reads CF_API, CF_TOKEN (`cf oauth-token` prints one) and
// CF_APP_GUID (`cf app APP --guid`); against a DEMO server when CF_API is not set.
//   dotnet run --project samples/CloudFoundry.Sample
using DeploymentSdk.CloudFoundry;
using DeploymentSdk.Samples.Demo;

using var demo = DemoServerProcess.StartUnlessSet("CF_API"); // demo plumbing: sets CF_API, CF_TOKEN and CF_APP_GUID

using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions
{
    Address = new Uri(Environment.GetEnvironmentVariable("CF_API")!),
    Token = Environment.GetEnvironmentVariable("CF_TOKEN"),
});
var appGuid = Environment.GetEnvironmentVariable("CF_APP_GUID")!;

// The app's deployments, newest first; the list follows pagination.next.href page by page.
Console.WriteLine($"Deployments of app {appGuid}:");
Deployment? active = null;
await foreach (var d in cf.Deployments.ListAsync(new DeploymentListOptions { AppGuids = [appGuid], OrderBy = DeploymentOrder.CreatedAtDescending }))
{
    Console.WriteLine($"  {d.Guid}  {d.Strategy,-8} {d.Status?.Value,-9} {d.Status?.Reason,-10} created {d.CreatedAt:u}");
    active ??= d.Status?.Value == DeploymentStatusValue.Active ? d : null;
}

// Progress reports every change of status; Cloud Foundry has no blocking reads, so FollowAsync polls with backoff.
var progress = new ConsoleProgress<Deployment>(d =>
    Console.WriteLine($"  {DateTime.Now:HH:mm:ss} {d.Status?.Value} {d.Status?.Reason}{(d.Status?.Canary?.Steps is { } s ? $" (canary step {s.Current}/{s.Total})" : "")}"));
if (active is not null)
{
    Console.WriteLine($"Following the active deployment {active.Guid}:");
    var followed = await cf.Deployments.FollowAsync(active.Guid!, new DeploymentFollowOptions { Progress = progress });
    Console.WriteLine($"  -> {followed.Outcome}");
}

// A canary deployment of the app's current droplet: it pauses after the canary step until continued.
var canary = await cf.Deployments.CreateAsync(new CreateDeploymentRequest
{
    Relationships = new DeploymentRelationships { App = new ToOneRelationship(appGuid) },
    Strategy = DeploymentStrategy.Canary,
});
Console.WriteLine($"Started canary deployment {canary.Guid}:");
var result = await cf.Deployments.FollowAsync(canary.Guid!, new DeploymentFollowOptions { Progress = progress });
while (result.Outcome == DeploymentFollowOutcome.Paused)
{
    Console.WriteLine("  canary is up: continuing");
    await cf.Deployments.ContinueAsync(canary.Guid!);
    result = await cf.Deployments.FollowAsync(canary.Guid!, new DeploymentFollowOptions { Progress = progress });
}

Console.WriteLine($"Canary deployment {result.Outcome}.");
return result.Outcome == DeploymentFollowOutcome.Deployed ? 0 : 1;

/// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post each report to the thread pool, out of order with the other lines.</summary>
internal sealed class ConsoleProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
