using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>Stubs and request checks shared by the deployments, allocations and evaluations contract tests.</summary>
internal static class NomadStubs
{
    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a JSON body and Nomad's metadata headers.</summary>
    public static void Answer(this NomadTestServer server, string method, string path, string body, string index = "3000000000", string? nextToken = null)
    {
        var response = Response.Create()
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Nomad-Index", index)
            .WithHeader("X-Nomad-LastContact", "12")
            .WithHeader("X-Nomad-KnownLeader", "true")
            .WithBody(body);
        if (nextToken is not null)
        {
            response = response.WithHeader("X-Nomad-NextToken", nextToken);
        }

        server.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    /// <summary>The only request the server received.</summary>
    public static IRequestMessage SingleRequest(this NomadTestServer server) => Assert.Single(server.Requests).RequestMessage!;

    /// <summary>
    /// Checks the method, the path and query exactly as sent (escaping included), and the token header.
    /// </summary>
    /// <remarks>
    /// The path is checked on <see cref="IRequestMessage.Url"/>, which keeps reserved characters such as <c>%2F</c>
    /// escaped; the query on <see cref="IRequestMessage.RawQuery"/>, because <c>Url</c> is <see cref="Uri.ToString()"/>
    /// and shows <c>%20</c> and <c>%22</c> unescaped.
    /// </remarks>
    public static void AssertSent(this IRequestMessage request, NomadTestServer server, string method, string rawPathAndQuery)
    {
        Assert.Equal(method, request.Method);
        var queryStart = rawPathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawPathAndQuery : rawPathAndQuery[..queryStart];
        var query = queryStart < 0 ? "" : rawPathAndQuery[queryStart..];
        var url = request.Url;
        Assert.Equal(server.Url + path, url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? url[..q] : url);
        Assert.Equal(query, string.IsNullOrEmpty(request.RawQuery) ? "" : "?" + request.RawQuery.TrimStart('?'));
        Assert.Equal(NomadTestServer.Token, request.Headers!["X-Nomad-Token"].ToString());
    }

    /// <summary>Checks the metadata the <see cref="Answer"/> headers carry.</summary>
    public static void AssertMeta(NomadQueryMeta meta, ulong index = 3_000_000_000)
    {
        Assert.Equal(index, meta.LastIndex);
        Assert.Equal(TimeSpan.FromMilliseconds(12), meta.LastContact);
        Assert.True(meta.KnownLeader);
    }
}
