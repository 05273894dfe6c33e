// Cloud Foundry v3, as `cf push --strategy` and `cf rollback` do it: find an app by name in a space, deploy its newest
// droplet with a rolling or canary strategy (continuing the canary once it is up), show its instances' health live,
// and explain the crashes when it fails. With --rollback, deploy the revision before the deployed one instead and
// follow it the same way. Reads CF_API and CF_TOKEN (`cf oauth-token` prints one); against a DEMO server when CF_API is not set.
//   dotnet run --project samples/CloudFoundry.Sample [-- --app demo-app --space demo-space --strategy rolling|canary --rollback]
// Exit codes: 0 deployed, 1 failed or canceled, 2 bad arguments or the app is not found (or several are).
using DeploymentSdk.CloudFoundry;
using DeploymentSdk.Samples.CloudFoundry;
using DeploymentSdk.Samples.Demo;

if (!Arguments.TryParse(args, out var arguments, out var usageError))
{
    Console.Error.WriteLine(usageError);
    Console.Error.WriteLine(Arguments.Usage);
    return usageError is null ? 0 : 2;
}

using var demo = DemoServerProcess.StartUnlessSet("CF_API"); // demo plumbing: sets CF_API, CF_TOKEN and CF_APP_GUID

using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions
{
    Address = new Uri(Environment.GetEnvironmentVariable("CF_API")!),
    Token = Environment.GetEnvironmentVariable("CF_TOKEN"),
});

// 1. The app, by name in its space: one GET /v3/apps?names=…&space_guids=…; none or several is a clear error.
App app;
try
{
    app = await cf.Apps.FindAsync(arguments.App, arguments.Space);
}
catch (CloudFoundryLookupException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.WriteLine($"App {app.Name} ({app.Guid}) in space {arguments.Space}: {app.State}");
var appGuid = app.Guid!;

// 2. What to deploy: the newest droplet, or with --rollback the revision before the one deployed now (cf rollback).
Deployment deployment;
if (arguments.Rollback)
{
    var deployed = await cf.Revisions.ListDeployedForAppAsync(appGuid, new RevisionListOptions { OrderBy = ResourceOrder.CreatedAtDescending }).FirstOrDefaultAsync();
    Revision? previous = null;
    await foreach (var revision in cf.Revisions.ListForAppAsync(appGuid, new RevisionListOptions { OrderBy = ResourceOrder.CreatedAtDescending }))
    {
        Console.WriteLine($"  revision {revision.Version,3}  {(revision.Guid == deployed?.Guid ? "deployed " : "         ")} {revision.Description}");
        if (previous is null && revision.Deployable != false && revision.Version < deployed?.Version)
        {
            previous = revision;
        }
    }

    if (previous is null)
    {
        Console.Error.WriteLine("No earlier deployable revision to roll back to.");
        return 1;
    }

    deployment = await cf.Deployments.RollbackAsync(appGuid, previous.Guid!, new RollbackOptions { Strategy = arguments.Strategy });
    Console.WriteLine($"Rolling back from revision {deployed?.Version} to revision {previous.Version}: deployment {deployment.Guid} ({arguments.Strategy})");
}
else
{
    var droplet = await cf.Droplets.ListForAppAsync(appGuid, new DropletListOptions { OrderBy = ResourceOrder.CreatedAtDescending, States = [DropletState.Staged] }).FirstOrDefaultAsync();
    if (droplet is null)
    {
        Console.Error.WriteLine($"App {app.Name} has no staged droplet to deploy.");
        return 1;
    }

    deployment = await cf.Deployments.CreateAsync(new CreateDeploymentRequest(appGuid) { Droplet = new GuidReference(droplet.Guid!), Strategy = arguments.Strategy });
    Console.WriteLine($"Deploying droplet {droplet.Guid} (staged {droplet.CreatedAt:u}): deployment {deployment.Guid} ({arguments.Strategy})");
}

// 3. Follow it with the instances' health from the process stats; a canary pauses once it is up, and is continued.
//    The crash reasons come from the stats' details (pass cf.AuditEvents to add the app's crash events where the API has them).
var follow = new DeploymentHealthFollowOptions
{
    Timeout = TimeSpan.FromMinutes(10),
    Progress = new ConsoleProgress<DeploymentHealthProgress>(p =>
        Console.WriteLine($"  {DateTime.Now:HH:mm:ss} {p.Deployment.Status?.Value} {p.Deployment.Status?.Reason}{(p.Deployment.Status?.Canary?.Steps is { } s ? $" (canary step {s.Current}/{s.Total})" : "")}  {p.Health}")),
};
var result = await cf.Deployments.FollowWithHealthAsync(deployment.Guid!, cf.Processes, auditEvents: null, follow);
while (result.Outcome == DeploymentFollowOutcome.Paused)
{
    Console.WriteLine("  canary is up: continuing");
    await cf.Deployments.ContinueAsync(deployment.Guid!);
    result = await cf.Deployments.FollowWithHealthAsync(deployment.Guid!, cf.Processes, auditEvents: null, follow);
}

// 4. How it ended; on a failure, which instances crashed and why.
foreach (var crash in result.Crashes)
{
    Console.WriteLine($"  crashed: {crash}");
}

Console.WriteLine($"Deployment {result.Outcome}: {result.Health}");
return result.Succeeded ? 0 : 1;

/// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post each report to the thread pool, out of order with the other lines.</summary>
internal sealed class ConsoleProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
