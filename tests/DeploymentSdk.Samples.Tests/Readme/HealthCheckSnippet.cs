using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeploymentSdk.Samples.Tests.Readme;

internal static class HealthCheckSnippet
{
    public static HostApplicationBuilder Configure(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);

        // <readme>
        builder.Services.AddNomadClient();   // NOMAD_ADDR, NOMAD_TOKEN, … as the nomad CLI reads them
        builder.Services.AddHealthChecks().AddNomad(configure: o => o.Tags.Add("ready"));
        // in an ASP.NET Core app: app.MapHealthChecks("/healthz");
        // </readme>
        return builder;
    }
}
