// nomad-sdk: a small Nomad command line built on DeploymentSdk.Nomad, packed as a dotnet tool. It reads NOMAD_ADDR,
// NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION and the TLS variables as the nomad CLI does; run from the repository
// with no NOMAD_ADDR, it uses a DEMO server.
//   dotnet run --project samples/Nomad.Cli -- deployments list
//   dotnet run --project samples/Nomad.Cli -- deployments promote 1a2b3c4d --json
//   dotnet pack samples/Nomad.Cli -o nupkg && dotnet tool install -g DeploymentSdk.Samples.NomadCli --add-source nupkg --prerelease
using System.CommandLine;
using System.CommandLine.Parsing;
using DeploymentSdk.Samples.Cli;

var root = CommandLine.Build();
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Bad usage never starts anything: the errors, the usage of the command it got to (on stderr), exit code 2.
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    var path = new List<string>();
    for (var command = parsed.CommandResult; command.Parent is CommandResult parent; command = parent)
    {
        path.Insert(0, command.Command.Name);
    }

    Console.Error.WriteLine();
    root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
    Console.Error.WriteLine("Run 'nomad-sdk --help' (or '<command> --help') for usage.");
    return 2;
}

return await parsed.InvokeAsync();
