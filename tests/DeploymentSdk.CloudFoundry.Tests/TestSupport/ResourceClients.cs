using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;

namespace DeploymentSdk.CloudFoundry.Tests;

/// <summary>The resource clients of a <see cref="CfTestHost"/>, and a way to answer a GET with a fixture.</summary>
internal static class ResourceClients
{
    public static ICloudFoundryOrganizationsClient Organizations(this CfTestHost host) => host.Services.GetRequiredService<ICloudFoundryOrganizationsClient>();

    public static ICloudFoundrySpacesClient Spaces(this CfTestHost host) => host.Services.GetRequiredService<ICloudFoundrySpacesClient>();

    public static ICloudFoundryAppsClient Apps(this CfTestHost host) => host.Services.GetRequiredService<ICloudFoundryAppsClient>();

    public static ICloudFoundryDropletsClient Droplets(this CfTestHost host) => host.Services.GetRequiredService<ICloudFoundryDropletsClient>();

    public static ICloudFoundryRevisionsClient Revisions(this CfTestHost host) => host.Services.GetRequiredService<ICloudFoundryRevisionsClient>();

    public static ICloudFoundryProcessesClient Processes(this CfTestHost host) => host.Services.GetRequiredService<ICloudFoundryProcessesClient>();

    public static ICloudFoundryAuditEventsClient AuditEvents(this CfTestHost host) => host.Services.GetRequiredService<ICloudFoundryAuditEventsClient>();

    /// <summary>Answers GET <paramref name="path"/> with <paramref name="body"/>.</summary>
    public static void AnswerGet(this CfTestHost host, string path, string body, int status = 200) =>
        host.Server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(Answers.JsonAnswer(status, body));

    /// <summary>Asserts the single request: GET, its exact path and query (still escaped), and the bearer token.</summary>
    public static void AssertSingleGet(this CfTestHost host, string pathAndQuery)
    {
        var request = Assert.Single(host.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal(pathAndQuery, request.RawPathAndQuery());
        Assert.Equal($"Bearer {CfTestHost.Token}", request.Header("Authorization"));
    }
}
