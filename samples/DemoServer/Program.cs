// Runs the demo server on its own, so the nomad CLI, curl or several runs of a sample can share one simulated cluster:
//   dotnet run --project samples/DemoServer [-- --port 4646]
//   export NOMAD_ADDR=http://127.0.0.1:4646
using System.Globalization;
using DeploymentSdk.Samples;

var port = args is ["--port", var value] ? int.Parse(value, CultureInfo.InvariantCulture) : 4646;
using var demo = DemoServer.Start(new DemoServerOptions { Port = port });
Console.WriteLine($"""
    DEMO server running (a simulation, not a real cluster). Press Ctrl+C to stop.
      Nomad:          export NOMAD_ADDR={demo.NomadAddress}
      Cloud Foundry:  API {demo.CloudFoundryAddress} (any bearer token), app {DemoServer.CloudFoundryAppGuid}
      Cloud66:        API {demo.Cloud66Address} (any access token), stack {DemoServer.Cloud66StackId}
    """);

var stopped = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopped.TrySetResult();
};
await stopped.Task;
