using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace DeploymentSdk.Samples.Demo;

/// <summary>A request as the demo's handlers see it: method, raw path, route values, query and body.</summary>
internal sealed class DemoRequest
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>The scheme, host and port the client used, for links in answers.</summary>
    public required string Origin { get; init; }

    public required IReadOnlyDictionary<string, string> Route { get; init; }

    public required IReadOnlyDictionary<string, string> Query { get; init; }

    public required string Body { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Cancelled when the client goes away, so a held blocking read ends with it.</summary>
    public CancellationToken Aborted { get; init; }

    public string this[string routeValue] => Route[routeValue];

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>A boolean parameter as Go's strconv.ParseBool reads it (<c>true</c>, <c>1</c>, <c>t</c>, …); present but empty counts as true.</summary>
    public bool QueryFlag(string name, bool whenAbsent = false) => QueryValue(name) switch
    {
        null => whenAbsent,
        "" or "1" or "t" or "T" or "true" or "TRUE" or "True" => true,
        "0" or "f" or "F" or "false" or "FALSE" or "False" => false,
        var other => throw new DemoHttpException(400, $"Failed to parse value of \"{name}\" ({other}): invalid syntax"),
    };
}

/// <summary>An answer: status, body and headers.</summary>
internal sealed class DemoResponse
{
    public int Status { get; init; } = 200;

    public string Body { get; init; } = string.Empty;

    public string ContentType { get; init; } = "application/json";

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static DemoResponse Json(JsonNode? body, int status = 200) =>
        new() { Status = status, Body = body?.ToJsonString() ?? "null" };

    public static DemoResponse Text(int status, string text) =>
        new() { Status = status, Body = text, ContentType = "text/plain; charset=utf-8" };
}

/// <summary>
/// Maps the simulation's handlers as ASP.NET Core minimal-API routes (<c>/v1/job/{id}/allocations</c>). Route values
/// are read from the raw, still-escaped request target, because a job ID may contain an escaped '/' that the decoded
/// path would split.
/// </summary>
internal sealed partial class DemoRouter(IEndpointRouteBuilder endpoints)
{
    public void Map(string method, string template, Func<DemoRequest, Task<DemoResponse>> handler)
    {
        var pattern = new Regex("^" + RouteValue().Replace(template, m => $"(?<{m.Groups[1].Value}>[^/]+)") + "/?$", RegexOptions.CultureInvariant);
        endpoints.MapMethods(template, [method], (HttpContext context) => HandleAsync(context, pattern, handler));
    }

    public void Map(string method, string template, Func<DemoRequest, DemoResponse> handler) =>
        Map(method, template, request => Task.FromResult(handler(request)));

    /// <summary>Answers what no route serves as Nomad does: a plain-text 404.</summary>
    public void MapFallback() => endpoints.MapFallback((HttpContext context) =>
        WriteAsync(context, DemoResponse.Text(404, $"Invalid URL path: {context.Request.Path} is not served by the demo server")));

    private static async Task HandleAsync(HttpContext context, Regex pattern, Func<DemoRequest, Task<DemoResponse>> handler)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var path = rawTarget.Split('?', 2)[0];
        var match = pattern.Match(path);
        var route = pattern.GetGroupNames()
            .Where(name => !int.TryParse(name, out _))
            .ToDictionary(name => name, name => Uri.UnescapeDataString(match.Groups[name].Value), StringComparer.Ordinal);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var request = new DemoRequest
        {
            Method = context.Request.Method,
            Path = path,
            Origin = $"{context.Request.Scheme}://{context.Request.Host}",
            Route = route,
            Query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            Body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false),
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Aborted = context.RequestAborted,
        };

        DemoResponse response;
        try
        {
            response = await handler(request).ConfigureAwait(false);
        }
        catch (DemoHttpException e)
        {
            response = new DemoResponse { Status = e.Status, Body = e.Message, ContentType = e.ContentType };
        }

        await WriteAsync(context, response).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpContext context, DemoResponse response)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        return context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteValue();
}

/// <summary>Ends a handler with an error answer (plain text, as Nomad sends its errors).</summary>
internal sealed class DemoHttpException(int status, string message, string contentType = "text/plain; charset=utf-8") : Exception(message)
{
    public int Status { get; } = status;

    public string ContentType { get; } = contentType;
}
