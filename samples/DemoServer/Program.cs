// Runs the demo server on its own, so the nomad CLI, curl or several runs of a sample can share one simulated cluster:
//   dotnet run --project samples/DemoServer [-- --port 4646]
//   export NOMAD_ADDR=http://127.0.0.1:4646
// The samples start it the same way as a child process (--port 0 --exit-when-stdin-closes) when no address is set,
// and read the `export` lines below; DEMO_STEP_MS, when set, makes the simulation step faster (the samples' tests).
using System.Globalization;
using System.Runtime.InteropServices;
using DeploymentSdk.Samples;

var options = new DemoServerOptions { Port = 4646 };
var exitWhenStdinCloses = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
            options.Port = port;
            i++;
            break;
        case "--exit-when-stdin-closes":
            exitWhenStdinCloses = true;
            break;
        default:
            Console.Error.WriteLine("usage: DemoServer [--port N (default 4646, 0 for a free one)] [--exit-when-stdin-closes]");
            return 2;
    }
}

if (int.TryParse(Environment.GetEnvironmentVariable("DEMO_STEP_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var stepMilliseconds) && stepMilliseconds > 0)
{
    options.StepInterval = TimeSpan.FromMilliseconds(stepMilliseconds);
}

using var demo = DemoServer.Start(options);
Console.WriteLine($"""
    DEMO server running at {demo.Url} (a simulation, not a real cluster). Press Ctrl+C to stop.
      Nomad:          export NOMAD_ADDR={demo.NomadAddress}
      Cloud Foundry:  export CF_API={demo.CloudFoundryAddress} CF_TOKEN=demo-token CF_APP_GUID={DemoServer.CloudFoundryAppGuid}
      Cloud66:        export CLOUD66_API={demo.Cloud66Address} CLOUD66_ACCESS_TOKEN=demo-token CLOUD66_STACK_ID={DemoServer.Cloud66StackId}

    """);
Console.Out.Flush();

// Ctrl+C (SIGINT) and `kill` (SIGTERM) stop it the same way: Main returns and disposes the server.
var stopped = new TaskCompletionSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
if (exitWhenStdinCloses)
{
    // The parent keeps our standard input open while it runs; when it ends (even killed), the pipe closes.
    _ = Task.Run(async () =>
    {
        while (await Console.In.ReadLineAsync() is not null)
        {
        }

        stopped.TrySetResult();
    });
}

await stopped.Task;
return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopped.TrySetResult();
}
