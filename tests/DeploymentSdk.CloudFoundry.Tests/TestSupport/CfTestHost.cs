using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Server;

namespace DeploymentSdk.CloudFoundry.Tests;

/// <summary>A WireMock server standing in for Cloud Foundry, and a service provider with the client registered against it.</summary>
internal sealed class CfTestHost : IDisposable
{
    public const string Token = "test-token";

    private CfTestHost(WireMockServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public string Url => Server.Url!;

    public ICloudFoundryDeploymentsClient Deployments => Services.GetRequiredService<ICloudFoundryDeploymentsClient>();

    /// <summary>The requests the server received, in order.</summary>
    public IReadOnlyList<IRequestMessage> Requests =>
        Server.LogEntries.Select(entry => entry.RequestMessage!).OrderBy(request => request.DateTime).ToArray();

    /// <summary>Starts a server and registers the client with a static token (unless <paramref name="configure"/> changes it).</summary>
    public static CfTestHost Start(Action<CloudFoundryClientOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var server = WireMockServer.Start();
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddCloudFoundryClient(options =>
        {
            options.Address = new Uri(server.Url!);
            options.Token = Token;
            configure?.Invoke(options);
        });
        return new CfTestHost(server, collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public void Dispose()
    {
        Services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

internal static class RequestMessageExtensions
{
    /// <summary>A request header by case-insensitive name, values joined with ", "; null when absent.</summary>
    public static string? Header(this IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
            ? string.Join(", ", found.Value)
            : null;

    /// <summary>The path and query exactly as sent (still escaped).</summary>
    public static string RawPathAndQuery(this IRequestMessage request) => new Uri(request.Url).PathAndQuery;
}
