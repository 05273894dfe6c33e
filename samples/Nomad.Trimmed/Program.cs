// The Nomad quickstart's main path with nothing but the SDK, so it can be published trimmed and as native AOT.
// Reads NOMAD_ADDR / NOMAD_TOKEN like the nomad CLI; exits 1 on any error.
using DeploymentSdk;
using DeploymentSdk.Nomad;

try
{
    using var nomad = NomadClient.Create();
    var count = 0;
    await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*" }))
    {
        Console.WriteLine($"job {job.Id} {job.Type} {job.Status}");
        count++;
    }

    await foreach (var alloc in nomad.Allocations.ListAsync(new AllocationListOptions { PerPage = 2 }))
    {
        Console.WriteLine($"alloc {alloc.Id} {alloc.JobId} {alloc.ClientStatus}");
    }

    Console.WriteLine($"trimmed sample: {count} jobs listed");
    return 0;
}
catch (ApiException e)
{
    Console.Error.WriteLine($"trimmed sample failed: {e.Message}");
    return 1;
}
