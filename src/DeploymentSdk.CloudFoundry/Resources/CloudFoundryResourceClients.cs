using DeploymentSdk.CloudFoundry.Http;
using DeploymentSdk.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.CloudFoundry.Resources;

/// <summary>Registers the resource clients (organizations … audit events) of one Cloud Foundry registration, keyed by its name.</summary>
internal static class CloudFoundryResourceClients
{
    public static void Register(IServiceCollection services, string? name, string httpClientName, Func<IServiceProvider, CloudFoundryClientOptions> options)
    {
        Add<ICloudFoundryOrganizationsClient>((http, o) => new CloudFoundryOrganizationsClient(http, o));
        Add<ICloudFoundrySpacesClient>((http, o) => new CloudFoundrySpacesClient(http, o));
        Add<ICloudFoundryAppsClient>((http, o) => new CloudFoundryAppsClient(http, o));
        Add<ICloudFoundryDropletsClient>((http, o) => new CloudFoundryDropletsClient(http, o));
        Add<ICloudFoundryRevisionsClient>((http, o) => new CloudFoundryRevisionsClient(http, o));
        Add<ICloudFoundryProcessesClient>((http, o) => new CloudFoundryProcessesClient(http, o));
        Add<ICloudFoundryAuditEventsClient>((http, o) => new CloudFoundryAuditEventsClient(http, o));

        void Add<TClient>(Func<HttpClient, CloudFoundryClientOptions, TClient> create)
            where TClient : class
        {
            SdkServiceRegistration.AddClient(services, name, sp => create(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), options(sp)));
            SdkServiceRegistration.AddFactory<TClient>(services, CloudFoundryPipeline.ProviderName, "AddCloudFoundryClient");
        }
    }
}
