// A generic-host worker that logs every deployment of a Nomad cluster as it starts and changes. The Nomad client
// comes from dependency injection, configured from the "Nomad" section of appsettings.json (then NOMAD_* variables).
// Against a DEMO server when neither Nomad:Address nor NOMAD_ADDR is set.
//   dotnet run --project samples/Nomad.Worker
using DeploymentSdk.Samples.Demo;
using DeploymentSdk.Samples.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Demo plumbing: with no address configured, start the demo server and point NOMAD_ADDR at it.
using var demo = string.IsNullOrEmpty(builder.Configuration["Nomad:Address"]) ? DemoServerProcess.StartUnlessSet("NOMAD_ADDR") : null;

builder.Services.AddNomadClient(builder.Configuration.GetSection("Nomad"));
builder.Services.Configure<DeploymentWatcherOptions>(builder.Configuration.GetSection("DeploymentWatcher"));
builder.Services.AddHostedService<DeploymentWatcher>();

await builder.Build().RunAsync();
