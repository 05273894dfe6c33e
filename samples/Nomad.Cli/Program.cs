// nomad-sdk: a small Nomad command line built on DeploymentSdk.Nomad, packed as a dotnet tool. It reads NOMAD_ADDR,
// NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION and the TLS variables as the nomad CLI does; run from the repository
// with no NOMAD_ADDR, it uses a DEMO server.
//   dotnet run --project samples/Nomad.Cli -- deployments list
//   dotnet run --project samples/Nomad.Cli -- deployments promote 1a2b3c4d --json
//   dotnet pack samples/Nomad.Cli -o nupkg && dotnet tool install -g DeploymentSdk.Samples.NomadCli --add-source nupkg --prerelease
using System.CommandLine;
using DeploymentSdk.Samples.Cli;

var parsed = CommandLine.Build().Parse(args);
if (parsed.Errors.Count > 0)
{
    // Bad usage never starts anything: the errors, a pointer to --help, exit code 2.
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'nomad-sdk --help' (or '<command> --help') for usage.");
    Console.Error.WriteLine(CommandLine.ExitCodes);
    return 2;
}

return await parsed.InvokeAsync();
