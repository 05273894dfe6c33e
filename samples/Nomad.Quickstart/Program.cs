// Nomad quickstart: list the jobs of a cluster. Runs against the embedded demo server unless NOMAD_ADDR is set.
using DeploymentSdk.Nomad;
using DeploymentSdk.Samples;

using var demo = DemoServer.StartIfNoNomadAddress();
using var nomad = NomadClient.Create(o =>
{
    if (demo is not null)
    {
        o.Address = demo.NomadAddress;
    }
});

Console.WriteLine("Jobs:");
await foreach (var job in nomad.Jobs.ListAsync(new NomadQueryOptions { Namespace = "*" }))
{
    Console.WriteLine($"  {job.Id,-20} {job.Type,-8} {job.Status}");
}
