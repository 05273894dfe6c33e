using System.Globalization;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Paging;

/// <summary>
/// Serves a generated allocation list from WireMock the way Nomad pages it: <c>per_page</c> items per answer, the next
/// page's token in <c>X-Nomad-NextToken</c>, each later page answered only at the token the previous one returned.
/// </summary>
internal static class PagedAllocations
{
    /// <summary>The ID of allocation <paramref name="i"/>: a UUID that sorts like the index, as Nomad's list order is by ID.</summary>
    public static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"{i:x8}-0000-4000-8000-{i:x12}");

    /// <summary>Nomad's token: the ID of the first allocation of the next page.</summary>
    public static string NomadToken(int firstItemOfPage) => Id(firstItemOfPage);

    /// <summary>A JSON array of the allocation stubs <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    public static string Body(int first, int count)
    {
        var json = new StringBuilder(count * 260 + 2).Append('[');
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
            {
                json.Append(',');
            }

            json.Append(CultureInfo.InvariantCulture, $$$"""
                {"ID":"{{{Id(i)}}}","EvalID":"{{{Id(i / 10)}}}","Name":"web.api[{{{i}}}]","Namespace":"default","JobID":"web","TaskGroup":"api","DesiredStatus":"run","ClientStatus":"running","TaskStates":{"api":{"State":"running","Failed":false,"Restarts":0}},"CreateIndex":{{{i + 1}}},"ModifyIndex":{{{i + 1}}},"CreateTime":{{{1_714_557_600_000_000_000L + i}}}}
                """);
        }

        return json.Append(']').ToString();
    }

    /// <summary>
    /// Serves <paramref name="total"/> allocations in pages of <paramref name="perPage"/> at <c>GET /v1/allocations</c>.
    /// The first page answers a request without <c>next_token</c>; page k (k ≥ 1) answers <c>next_token</c> equal to
    /// <paramref name="tokenOfPage"/>(k) (default <see cref="NomadToken"/> of its first item). Nomad sends no token on the
    /// last page, even a full one; <paramref name="tokenAfterLastPage"/> makes the server send one more token that
    /// answers an empty page, as some servers do.
    /// </summary>
    /// <returns>The token of each page after the first, in order.</returns>
    public static IReadOnlyList<string> Serve(
        NomadTestServer server, int total, int perPage, Func<int, string>? tokenOfPage = null, bool tokenAfterLastPage = false)
    {
        tokenOfPage ??= page => NomadToken(page * perPage);
        var pages = Math.Max(1, (total + perPage - 1) / perPage) + (tokenAfterLastPage ? 1 : 0);
        var tokens = new List<string>();
        for (var page = 0; page < pages; page++)
        {
            var first = page * perPage;
            var count = Math.Clamp(total - first, 0, perPage);
            var next = page + 1 < pages ? tokenOfPage(page + 1) : null;
            var request = Request.Create().WithPath("/v1/allocations").UsingGet();
            if (page == 0)
            {
                request = request.WithParam(query => query is null || !query.ContainsKey("next_token"));
            }
            else
            {
                var token = tokenOfPage(page);
                tokens.Add(token);
                request = request.WithParam(query => query is not null && query.TryGetValue("next_token", out var values) && values.Count == 1 && values[0] == token);
            }

            server.Server.Given(request).RespondWith(Page(Body(first, count), next));
        }

        return tokens;
    }

    /// <summary>A Nomad list answer with its metadata headers and, unless it is the last page, the next page's token.</summary>
    public static IResponseBuilder Page(string body, string? nextToken)
    {
        var response = Response.Create()
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Nomad-Index", "3000000000")
            .WithHeader("X-Nomad-LastContact", "0")
            .WithHeader("X-Nomad-KnownLeader", "true")
            .WithBody(body);
        return nextToken is null ? response : response.WithHeader("X-Nomad-NextToken", nextToken);
    }
}
