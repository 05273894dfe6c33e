// A small Nomad command line built on DeploymentSdk.Nomad. Against the embedded demo server unless NOMAD_ADDR is set
// (NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION and the TLS variables are read as the nomad CLI reads them).
//   dotnet run --project samples/Nomad.Cli -- deployments list
//   dotnet run --project samples/Nomad.Cli -- deployments promote 1a2b3c4d --json
using DeploymentSdk;
using DeploymentSdk.Nomad;
using DeploymentSdk.Samples.Demo;
using DeploymentSdk.Samples.Cli;

const string Usage = """
    usage: nomad-cli <command> [arguments] [--json] [--namespace NS] [--timeout SECONDS]
      jobs list [--prefix P]                  jobs get <job>
      deployments list [--job JOB]            deployments get <id>
      deployments watch <id>                  deployments promote <id> [--group G]...
      deployments fail <id>
      allocs list [--job JOB] [--per-page N]  allocs get <id>
      allocs watch <id>                       events [--topic Deployment[:key]]... [--index N]
    IDs may be shortened to a prefix of an even number of hex digits (as in `nomad status`).
    Watches and events run until the object ends, Ctrl+C or --timeout (for events, the normal end: exit code 0).
    Exit codes: 0 done, 1 Nomad refused or a watched deployment or allocation failed, 2 bad usage.
    """;

var options = CliOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

using var cancel = new CancellationTokenSource(options.Timeout ?? Timeout.InfiniteTimeSpan);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

using var demo = DemoServerProcess.StartUnlessSet("NOMAD_ADDR"); // demo plumbing: a real program has NOMAD_ADDR set

// The client reads NOMAD_ADDR, NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION and the TLS variables as the nomad CLI does.
using var nomad = NomadClient.Create();

var commands = new Commands(nomad, new Printer(Console.Out, options.Json), options);
try
{
    return options.Words switch
    {
        ["jobs", "list"] => await commands.ListJobsAsync(cancel.Token),
        ["jobs", "get", var job] => await commands.GetJobAsync(job, cancel.Token),
        ["deployments" or "deployment", "list"] => await commands.ListDeploymentsAsync(cancel.Token),
        ["deployments" or "deployment", "get", var id] => await commands.GetDeploymentAsync(id, cancel.Token),
        ["deployments" or "deployment", "watch", var id] => await commands.WatchDeploymentAsync(id, cancel.Token),
        ["deployments" or "deployment", "promote", var id] => await commands.PromoteAsync(id, cancel.Token),
        ["deployments" or "deployment", "fail", var id] => await commands.FailAsync(id, cancel.Token),
        ["allocs" or "alloc", "list"] => await commands.ListAllocationsAsync(cancel.Token),
        ["allocs" or "alloc", "get", var id] => await commands.GetAllocationAsync(id, cancel.Token),
        ["allocs" or "alloc", "watch", var id] => await commands.WatchAllocationAsync(id, cancel.Token),
        ["events"] => await commands.StreamEventsAsync(cancel.Token),
        _ => Fail(Usage, 2),
    };
}
catch (ApiException e)
{
    // Nomad's own words: "rpc error: no canaries to promote", "deployment not found", a 403 for a missing ACL, …
    return Fail($"Error: {e.Message}", 1);
}
catch (ArgumentException e)
{
    return Fail($"Error: {e.Message}", 2);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    return Fail("Stopped.", 1);
}

static int Fail(string message, int exitCode)
{
    Console.Error.WriteLine(message);
    return exitCode;
}
