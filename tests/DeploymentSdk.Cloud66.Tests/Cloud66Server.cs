using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace DeploymentSdk.Cloud66.Tests;

/// <summary>A WireMock server standing in for app.cloud66.com, and a client registered through AddCloud66Client that talks to it.</summary>
internal sealed class Cloud66Server : IDisposable
{
    public const string Token = "c66-test-token";
    public const string StackId = "5999b763474b0eafa5fafb64bff0ba80";
    public const string ApiRoot = "/api/3";

    private readonly ServiceProvider _services;

    public Cloud66Server(Action<Cloud66ClientOptions>? configure = null)
    {
        Server = WireMockServer.Start();
        var services = new ServiceCollection();
        services.AddCloud66Client(o =>
        {
            // No trailing '/': the client must still keep /api/3 when it resolves relative paths.
            o.Address = new Uri(Server.Url + ApiRoot);
            o.Token = Token;
            configure?.Invoke(o);
        });
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<ICloud66DeploymentsClient>();
    }

    public WireMockServer Server { get; }

    public ICloud66DeploymentsClient Client { get; }

    public ICloud66StacksClient Stacks => _services.GetRequiredService<ICloud66StacksClient>();

    public IReadOnlyList<IRequestMessage> Requests => RequestsOf(Server);

    /// <summary>The requests a server received, in order.</summary>
    public static IReadOnlyList<IRequestMessage> RequestsOf(WireMockServer server) =>
        server.LogEntries.Select(e => e.RequestMessage!).ToList();

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> (below /api/3) with the body and status.</summary>
    public void Answer(string method, string path, string body, int status = 200) =>
        Server
            .Given(Request.Create().WithPath(ApiRoot + path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    /// <summary>The one request the server received; fails when there were more or none.</summary>
    public IRequestMessage SingleRequest() => Assert.Single(Requests);

    /// <summary>Asserts method, raw path and the bearer token of a request.</summary>
    public static void AssertSent(IRequestMessage request, string method, string path)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(ApiRoot + path, new Uri(request.Url).AbsolutePath);
        Assert.NotNull(request.Headers);
        Assert.Equal($"Bearer {Token}", Assert.Single(request.Headers["Authorization"]));
    }

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
