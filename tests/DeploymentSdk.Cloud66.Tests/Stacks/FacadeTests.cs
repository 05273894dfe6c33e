using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace DeploymentSdk.Cloud66.Tests.Stacks;

public sealed class FacadeTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Cloud66Client_Create_exposes_the_stacks_client_on_the_same_pipeline()
    {
        _server.Given(Request.Create().WithPath($"{Cloud66Server.ApiRoot}/stacks/{Cloud66Server.StackId}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Cloud66Server.Fixture("Stacks/get.json")));
        using var cloud66 = Cloud66Client.Create(new Cloud66ClientOptions
        {
            Address = new Uri(_server.Url + Cloud66Server.ApiRoot),
            Token = Cloud66Server.Token,
        });

        var stack = await cloud66.Stacks.GetAsync(Cloud66Server.StackId);

        Assert.Equal("shop", stack.Name);
        Cloud66Server.AssertSent(Assert.Single(Cloud66Server.RequestsOf(_server)), "GET", $"/stacks/{Cloud66Server.StackId}");
    }
}
