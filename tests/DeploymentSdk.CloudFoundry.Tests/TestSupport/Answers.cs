using WireMock.ResponseBuilders;

namespace DeploymentSdk.CloudFoundry.Tests;

/// <summary>Canned answers of the mock Cloud Foundry.</summary>
internal static class Answers
{
    internal static string ListPage(long total, string guid, string? next) => $$"""
        {
          "pagination": {
            "total_results": {{total}},
            "total_pages": {{total}},
            "first": { "href": "https://api.example.org/v3/deployments?page=1&per_page=1" },
            "last": { "href": "https://api.example.org/v3/deployments?page={{total}}&per_page=1" },
            "next": {{(next is null ? "null" : $"{{ \"href\": \"{next}\" }}")}},
            "previous": null
          },
          "resources": [ { "guid": "{{guid}}", "status": { "value": "FINALIZED", "reason": "DEPLOYED" }, "strategy": "rolling" } ]
        }
        """;

    internal static IResponseBuilder JsonAnswer(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
