using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Jobs;

/// <summary>Helpers for the jobs contract tests: fixtures, stubs, the recorded request, JSON comparison and model walks.</summary>
internal static class JobsWire
{
    public static string Fixture(string name) => NomadTestServer.Fixture(Path.Combine("Jobs", name));

    /// <summary>Answers any request to <paramref name="decodedPath"/> (WireMock matches the decoded path) with JSON.</summary>
    public static void Stub(this NomadTestServer server, string method, string decodedPath, string body, ulong index = 0, int status = 200) =>
        server.Server
            .Given(Request.Create().WithPath(decodedPath).UsingMethod(method))
            .RespondWith(Response.Create()
                .WithStatusCode(status)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-Nomad-Index", index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .WithHeader("X-Nomad-KnownLeader", "true")
                .WithHeader("X-Nomad-LastContact", "0")
                .WithBody(body));

    /// <summary>The one request the server received.</summary>
    public static IRequestMessage SingleRequest(this NomadTestServer server) => Assert.Single(server.Requests).RequestMessage!;

    /// <summary>The path and query exactly as sent, still percent-encoded (WireMock's <c>Path</c> is decoded).</summary>
    public static string RawPathAndQuery(this IRequestMessage request) => new Uri(request.Url).PathAndQuery;

    /// <summary>Asserts method, raw path and query, and the ACL token header of a request.</summary>
    public static void AssertSent(this IRequestMessage request, string method, string rawPathAndQuery)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(rawPathAndQuery, request.RawPathAndQuery());
        Assert.Equal(NomadTestServer.Token, request.Headers!["X-Nomad-Token"].ToString());
    }

    /// <summary>Asserts that the request body is semantically this JSON (property order ignored).</summary>
    public static void AssertJsonBody(this IRequestMessage request, string expectedJson)
    {
        Assert.Equal("application/json", request.Headers!["Content-Type"].ToString().Split(';')[0]);
        AssertJsonEqual(JsonNode.Parse(expectedJson), JsonNode.Parse(request.Body!));
    }

    public static void AssertJsonEqual(JsonNode? expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"JSON differs.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");

    /// <summary>A copy of the JSON without null-valued properties (and null array items stay), for comparisons that ignore "not set".</summary>
    public static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, WithoutNulls(p.Value)))),
        JsonArray a => new JsonArray(a.Select(WithoutNulls).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    /// <summary>Every JSON field that landed in <see cref="ApiModel.AdditionalProperties"/> somewhere in the model, as <c>Type.Field</c>.</summary>
    public static SortedSet<string> UnknownFields(object? model)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Walk(model, (m, p, v) => { }, m =>
        {
            foreach (var key in m.AdditionalProperties?.Keys ?? [])
            {
                found.Add(m.GetType().Name + "." + key);
            }
        });
        return found;
    }

    /// <summary>Every model property (as <c>Type.Property</c>) reachable from <typeparamref name="T"/> that has no value anywhere in the model.</summary>
    public static SortedSet<string> PropertiesWithoutValue<T>(T model)
        where T : ApiModel
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        CollectProperties(typeof(T), all, []);
        Walk(model, (m, p, v) => all.Remove(m.GetType().Name + "." + p.Name), _ => { });
        return all;
    }

    private static void CollectProperties(Type type, SortedSet<string> into, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in ModelProperties(type))
        {
            into.Add(type.Name + "." + property.Name);
            if (ModelTypeOf(property.PropertyType) is { } nested)
            {
                CollectProperties(nested, into, seen);
            }
        }
    }

    private static Type? ModelTypeOf(Type type)
    {
        if (typeof(ApiModel).IsAssignableFrom(type))
        {
            return type;
        }

        if (type.IsGenericType)
        {
            // IList<T>, IDictionary<string, T>, IDictionary<string, IList<T>>: the last type argument holds the model.
            return ModelTypeOf(type.GetGenericArguments()[^1]);
        }

        return null;
    }

    private static IEnumerable<PropertyInfo> ModelProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != nameof(ApiModel.AdditionalProperties));

    private static void Walk(object? value, Action<ApiModel, PropertyInfo, object> onProperty, Action<ApiModel> onModel)
    {
        switch (value)
        {
            case null or string or JsonElement or byte[]:
                return;
            case ApiModel model:
                onModel(model);
                foreach (var property in ModelProperties(model.GetType()))
                {
                    if (property.GetValue(model) is { } child)
                    {
                        onProperty(model, property, child);
                        Walk(child, onProperty, onModel);
                    }
                }

                return;
            case IDictionary dictionary:
                foreach (var item in dictionary.Values)
                {
                    Walk(item, onProperty, onModel);
                }

                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, onProperty, onModel);
                }

                return;
        }
    }

    /// <summary>A JSON value for the models' free-form fields (driver config, scaling metadata).</summary>
    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
