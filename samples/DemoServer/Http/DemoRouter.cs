using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Types;
using WireMock.Util;

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
/// Routes requests by method and path template (<c>/v1/job/{id}/allocations</c>) to handlers. WireMock matches only a
/// prefix and hands the request over, so path segments are matched here on the raw, still-escaped path (a job ID may
/// contain an escaped '/').
/// </summary>
internal sealed partial class DemoRouter
{
    private readonly List<(string Method, Regex Pattern, Func<DemoRequest, Task<DemoResponse>> Handler)> _routes = [];

    public void Map(string method, string template, Func<DemoRequest, Task<DemoResponse>> handler)
    {
        var pattern = "^" + RouteValue().Replace(template, m => $"(?<{m.Groups[1].Value}>[^/]+)") + "/?$";
        _routes.Add((method, new Regex(pattern, RegexOptions.CultureInvariant), handler));
    }

    public void Map(string method, string template, Func<DemoRequest, DemoResponse> handler) =>
        Map(method, template, request => Task.FromResult(handler(request)));

    public async Task<IResponseMessage> HandleAsync(IRequestMessage message)
    {
        var url = new Uri(message.AbsoluteUrl);
        var path = url.AbsolutePath;
        var pathMatched = false;
        foreach (var (method, pattern, handler) in _routes)
        {
            var match = pattern.Match(path);
            if (!match.Success)
            {
                continue;
            }

            pathMatched = true;
            if (!string.Equals(method, message.Method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var route = pattern.GetGroupNames()
                .Where(name => !int.TryParse(name, out _))
                .ToDictionary(name => name, name => Uri.UnescapeDataString(match.Groups[name].Value), StringComparer.Ordinal);
            var request = new DemoRequest
            {
                Method = message.Method,
                Path = path,
                Origin = url.GetLeftPart(UriPartial.Authority),
                Route = route,
                Query = ParseQuery(message.RawQuery),
                Body = message.Body ?? string.Empty,
                Headers = (message.Headers ?? new Dictionary<string, WireMockList<string>>())
                    .ToDictionary(h => h.Key, h => string.Join(',', h.Value), StringComparer.OrdinalIgnoreCase),
            };

            try
            {
                return ToMessage(await handler(request).ConfigureAwait(false));
            }
            catch (DemoHttpException e)
            {
                return ToMessage(new DemoResponse { Status = e.Status, Body = e.Message, ContentType = e.ContentType });
            }
        }

        return ToMessage(pathMatched
            ? DemoResponse.Text(405, "Invalid method")
            : DemoResponse.Text(404, $"Invalid URL path: {path} is not served by the demo server"));
    }

    private static Dictionary<string, string> ParseQuery(string? rawQuery)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (rawQuery ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            query[Unescape(name)] = Unescape(value);
        }

        return query;

        static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }

    private static ResponseMessage ToMessage(DemoResponse response)
    {
        var message = new ResponseMessage
        {
            StatusCode = response.Status,
            BodyData = new BodyData
            {
                BodyAsString = response.Body,
                DetectedBodyType = BodyType.String,
                Encoding = Encoding.UTF8,
            },
        };
        message.AddHeader("Content-Type", response.ContentType);
        foreach (var (name, value) in response.Headers)
        {
            message.AddHeader(name, value);
        }

        return message;
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
