// Nomad quickstart: list jobs, read one, follow its latest deployment with a watch (blocking queries), list its allocations and
// page through every allocation of the cluster. Runs against a DEMO server unless NOMAD_ADDR is set:
//   dotnet run --project samples/Nomad.Quickstart [job-id]
using DeploymentSdk.Nomad;
using DeploymentSdk.Samples.Demo;

using var demo = DemoServerProcess.StartUnlessSet("NOMAD_ADDR"); // demo plumbing: a real program has NOMAD_ADDR set

// The client reads NOMAD_ADDR, NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION and the TLS variables as the nomad CLI does.
using var nomad = NomadClient.Create();

// 1. Every job the token can see, page by page as the list is enumerated.
Console.WriteLine("Jobs:");
var jobs = new List<JobListStub>();
await foreach (var stub in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*" }))
{
    jobs.Add(stub);
    Console.WriteLine($"  {stub.Id,-16} {stub.Namespace,-9} {stub.Type,-8} {stub.Status}");
}

// 2. One job, with the answer's metadata.
var jobId = args.FirstOrDefault() ?? jobs.Find(j => j.Type == JobType.Service && j.Namespace == "default")?.Id;
if (jobId is null)
{
    Console.WriteLine("No service job to look at.");
    return;
}

var response = await nomad.Jobs.GetAsync(jobId);
Job job = response;
Console.WriteLine($"\nJob {job.Id}: version {job.Version}, {job.Status}, stable {job.Stable} (index {response.LastIndex})");

// 3. Its deployments, newest first.
Console.WriteLine("Deployments:");
foreach (var d in (await nomad.Jobs.ListDeploymentsAsync(jobId)).Value)
{
    Console.WriteLine($"  {d.Id?[..8]}  v{d.JobVersion}  {d.Status,-10} {d.StatusDescription}");
}

// 4. Follow the latest deployment: a watch is a stream of blocking reads, each answered only when the deployment changed.
var latest = (await nomad.Jobs.GetLatestDeploymentAsync(jobId)).Value;
if (latest is { Id: { } deploymentId })
{
    Console.WriteLine($"Following deployment {deploymentId[..8]}:");
    using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(60));
    try
    {
        await foreach (var change in nomad.Deployments.WatchAsync(deploymentId, cancellationToken: giveUp.Token))
        {
            var deployment = change.Value!;
            Console.WriteLine($"  {DateTime.Now:HH:mm:ss} {Describe(deployment)}");
            if (deployment.Status != DeploymentStatus.Running && deployment.Status != DeploymentStatus.Paused)
            {
                break;
            }
        }
    }
    catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
    {
        Console.WriteLine("  still running after a minute; moving on (it goes on in Nomad).");
    }
}

// 5. The job's allocations and their task states.
Console.WriteLine($"Allocations of {jobId}:");
foreach (var alloc in (await nomad.Jobs.ListAllocationsAsync(jobId)).Value.OrderBy(a => a.CreateIndex))
{
    var tasks = string.Join(", ", alloc.TaskStates?.Select(t => $"{t.Key} {t.Value.State}") ?? []);
    Console.WriteLine($"  {alloc.Id?[..8]}  {alloc.Name,-18} v{alloc.JobVersion}  {alloc.ClientStatus,-8} {alloc.NodeName,-9} {tasks}");
}

// 6. Every allocation of the cluster, five per page: each page is one request, with its own index and next token.
Console.WriteLine("All allocations, 5 per page:");
var pages = 0;
var count = 0;
await foreach (var page in nomad.Allocations.ListAsync(new AllocationListOptions { Namespace = "*", PerPage = 5 }).AsPages())
{
    pages++;
    count += page.Values.Count;
    var meta = ((NomadPage<AllocationListStub>)page).Meta;
    Console.WriteLine($"  page {pages}: {string.Join(" ", page.Values.Select(a => a.Id?[..8]))}  (index {meta.LastIndex}, next {meta.NextToken?[..8] ?? "-"})");
}

Console.WriteLine($"{count} allocations in {pages} pages.");

static string Describe(Deployment d)
{
    var groups = d.TaskGroups?.Select(g =>
    {
        var canaries = g.Value.DesiredCanaries > 0
            ? $", canaries {g.Value.PlacedCanaries?.Count ?? 0}/{g.Value.DesiredCanaries}{(g.Value.Promoted == true ? " promoted" : "")}"
            : "";
        return $"{g.Key}: {g.Value.PlacedAllocs} placed, {g.Value.HealthyAllocs}/{g.Value.DesiredTotal} healthy{canaries}";
    });
    return $"{d.Status,-10} {string.Join("; ", groups ?? [])} - {d.StatusDescription}";
}
