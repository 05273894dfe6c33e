using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.CloudFoundry.Resources;

/// <summary>Registers the resource clients (organizations … audit events) as typed clients of the Cloud Foundry HttpClient.</summary>
internal static class CloudFoundryResourceClients
{
    public static void Register(IHttpClientBuilder builder)
    {
        builder.AddTypedClient<ICloudFoundryOrganizationsClient>(static (http, sp) => new CloudFoundryOrganizationsClient(http, Options(sp)));
        builder.AddTypedClient<ICloudFoundrySpacesClient>(static (http, sp) => new CloudFoundrySpacesClient(http, Options(sp)));
        builder.AddTypedClient<ICloudFoundryAppsClient>(static (http, sp) => new CloudFoundryAppsClient(http, Options(sp)));
        builder.AddTypedClient<ICloudFoundryDropletsClient>(static (http, sp) => new CloudFoundryDropletsClient(http, Options(sp)));
        builder.AddTypedClient<ICloudFoundryRevisionsClient>(static (http, sp) => new CloudFoundryRevisionsClient(http, Options(sp)));
        builder.AddTypedClient<ICloudFoundryProcessesClient>(static (http, sp) => new CloudFoundryProcessesClient(http, Options(sp)));
        builder.AddTypedClient<ICloudFoundryAuditEventsClient>(static (http, sp) => new CloudFoundryAuditEventsClient(http, Options(sp)));
    }

    private static CloudFoundryClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<CloudFoundryClientOptions>>().Value;
}
