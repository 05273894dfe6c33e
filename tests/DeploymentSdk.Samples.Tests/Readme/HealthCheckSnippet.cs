using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.Samples.Tests.Readme;

internal static class HealthCheckSnippet
{
    /// <summary>The README's health check lines, compiled in the order it shows them (the app is built in between).</summary>
    public static void Register(WebApplicationBuilder builder, WebApplication app)
    {
        // <readme>
        builder.Services.AddNomadClient(o => o.Address = "https://nomad.example.com:4646");
        builder.Services.AddHealthChecks().AddNomad(configure: o => o.Tags.Add("ready"));
        app.MapHealthChecks("/healthz");
        // </readme>
    }
}
