// Cloud66 stack deployments: find a stack by name, page through its deployments, read the latest, then redeploy the
// stack by name and follow the redeploy to its end. Reads CLOUD66_ACCESS_TOKEN and CLOUD66_API (another API root than
// Cloud66's own, if any); against a DEMO server when CLOUD66_ACCESS_TOKEN is not set.
//   dotnet run --project samples/Cloud66.Sample [-- STACK-NAME]      (default: api, the demo's stack)
using DeploymentSdk.Cloud66;
using DeploymentSdk.Samples.Demo;

using var demo = DemoServerProcess.StartUnlessSet("CLOUD66_ACCESS_TOKEN"); // demo plumbing: sets the CLOUD66_* variables

var options = new Cloud66ClientOptions { Token = Environment.GetEnvironmentVariable("CLOUD66_ACCESS_TOKEN") };
if (Environment.GetEnvironmentVariable("CLOUD66_API") is { Length: > 0 } api)
{
    options.Address = new Uri(api); // another API root than Cloud66's own (the demo server's)
}

using var cloud66 = Cloud66Client.Create(options);
var stackName = args.Length > 0 ? args[0] : "api";

// The stacks the token can see, page by page; the stack is found by its name (none or several is a clear error).
Console.WriteLine("Stacks:");
await foreach (var s in cloud66.Stacks.ListAsync())
{
    Console.WriteLine($"  {s.Name,-12} {s.Environment,-12} {s.Uid}");
}

Stack stack;
try
{
    stack = await cloud66.Stacks.FindByNameAsync(stackName);
}
catch (Cloud66LookupException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var stackId = stack.Uid!;

// Cloud66 picks the page size; each page is one request.
Console.WriteLine($"Deployments of stack {stackId}:");
long? latestId = null;
await foreach (var page in cloud66.Deployments.ListAsync(stackId).AsPages())
{
    Console.WriteLine($"  page {((Cloud66Page<Deployment>)page).Pagination?.Current} of {((Cloud66Page<Deployment>)page).Pagination?.Pages} ({page.TotalCount} in all):");
    foreach (var d in page.Values)
    {
        latestId ??= d.Id;
        Console.WriteLine($"    #{d.Id}  {d.DeployType,-9} {d.Outcome,-8} by {d.TriggeredBy} via {d.TriggeredVia}, started {d.StartedAt:u}");
    }
}

if (latestId is { } id)
{
    var latest = await cloud66.Deployments.GetAsync(stackId, id);
    Console.WriteLine($"Latest: #{latest.Id} {latest.GitRef}@{latest.GitHash?[..7]} live {latest.IsLive}, {latest.Outcome}");
}

// Redeploy the stack by its name and follow: Cloud66 answers with a stack action, which is polled (with backoff) until it finishes.
Console.WriteLine($"Redeploying stack {stackName}:");
var outcome = await cloud66.Deployments.RedeployStackAsync(cloud66.Stacks, stackName, new StackRedeployOptions
{
    Redeploy = new RedeployOptions { UserReference = "DeploymentSdk sample" },
    Follow = new RedeployFollowOptions { Progress = new ConsoleProgress<RedeployProgress>(p =>
        Console.WriteLine($"  poll {p.Poll}: {(p.Action?.FinishedAt is null ? "running" : $"finished, success {p.Action.FinishedSuccess}")}")) },
});

Console.WriteLine($"Redeploy {(outcome.Succeeded == true ? "succeeded" : "did not succeed")}: {outcome.Message}");
return outcome.Succeeded == true ? 0 : 1;

/// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post each report to the thread pool, out of order with the other lines.</summary>
internal sealed class ConsoleProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
