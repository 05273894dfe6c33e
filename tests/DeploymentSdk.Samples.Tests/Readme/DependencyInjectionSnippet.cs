using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeploymentSdk.Samples.Tests.Readme;

internal static class DependencyInjectionSnippet
{
    public static HostApplicationBuilder Configure(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);

        // <readme>
        builder.Services.AddNomadClient(builder.Configuration.GetSection("Nomad"));   // returns IHttpClientBuilder
        // inject INomadClient, or INomadJobsClient / INomadDeploymentsClient / INomadAllocationsClient / INomadEvaluationsClient
        // </readme>
        return builder;
    }
}
