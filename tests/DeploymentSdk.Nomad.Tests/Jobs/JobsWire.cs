using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;

namespace DeploymentSdk.Nomad.Tests.Jobs;

/// <summary>Helpers for the jobs contract tests (beyond <see cref="NomadStubs"/> and <see cref="JsonSemantics"/>): fixtures, request bodies, null-free JSON comparison and model walks.</summary>
internal static class JobsWire
{
    public static string Fixture(string name) => NomadTestServer.Fixture(Path.Combine("Jobs", name));

    /// <summary>The path and query exactly as sent, still percent-encoded: the path from <c>Url</c>, the query from <c>RawQuery</c> (as <see cref="NomadStubs.AssertSent"/> reads them).</summary>
    public static string RawPathAndQuery(this IRequestMessage request)
    {
        var url = request.Url;
        var path = new Uri(url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? url[..q] : url).AbsolutePath;
        return string.IsNullOrEmpty(request.RawQuery) ? path : path + "?" + request.RawQuery.TrimStart('?');
    }

    /// <summary>Asserts that the request body is semantically this JSON (property order ignored).</summary>
    public static void AssertJsonBody(this IRequestMessage request, string expectedJson)
    {
        Assert.Equal("application/json", request.Headers!["Content-Type"].ToString().Split(';')[0]);
        JsonSemantics.AssertSameJson(expectedJson, request.Body);
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
